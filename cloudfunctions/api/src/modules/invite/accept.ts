// invite.accept: exactly one use under any concurrency. The conditional update below decides, never a
// read before it: of two people accepting at once the store applies one update and the other matches
// nothing. What the invitation says afterwards is read only to answer. A use whose answer was lost is
// finished by the same person's retry (addGrant adds a grant already held as nothing).
import type { Handler } from '../../context';
import { addGrant } from '../admin/grants';
import { loadUser } from '../user/roles';
import { inviteId } from './code';
import { findInvite, invites, notFound, refusal } from './repository';

export const acceptInvite: Handler<'invite.accept'> = async ({ deps, openid, record }, input) => {
  const _id = inviteId(deps, input.code);
  const now = deps.clock();
  const { stats } = await invites(deps)
    .where({ _id, status: 'open', expiresAt: deps.db.command.gt(now) })
    .update({ data: { status: 'used', usedBy: openid, usedAt: now } });
  const invite = await findInvite(deps, _id);
  if (!invite) throw notFound();
  const mine = invite.status === 'used' && invite.usedBy === openid;
  if (stats.updated !== 1 && !mine) throw refusal(invite, now);
  await addGrant(deps, openid, invite.grant);
  record({ venueId: invite.venueId, target: invite._id, detail: { ...invite.grant } });
  return { roles: (await loadUser(deps.db, openid))?.roles ?? [] };
};

// admin.invite.list and admin.invite.revoke. The list is scoped by venue as other manager lists are;
// a revoke needs the right to have made the invitation (an invitation for a venue's admin, made by the
// leadership group, is not its managers' to revoke).
import { AppError } from '@shared/errors';
import { grantsRole } from '@shared/contract';
import type { Handler } from '../../context';
import type { InviteDoc } from '../../db/docs';
import { managedVenueFilter } from '../admin/scope';
import { closedError, findInvite, invites, notFound, refusal } from './repository';
import { assertMayInvite } from './scope';
import { inviteViews } from './view';

const LIST_MAX = 100;

export const listInvites: Handler<'admin.invite.list'> = async ({ deps, roles }, input) => {
  if (input.venueId && !grantsRole(roles, 'manager', input.venueId))
    throw new AppError('FORBIDDEN', { venueId: input.venueId });
  const { data } = await invites(deps)
    .where(managedVenueFilter(deps, roles, input.venueId))
    .orderBy('createdAt', 'desc')
    .orderBy('_id', 'desc')
    .limit(LIST_MAX)
    .get();
  return inviteViews(deps, data as InviteDoc[]);
};

export const revokeInvite: Handler<'admin.invite.revoke'> = async ({ deps, openid, roles, record }, input) => {
  const doc = await findInvite(deps, input.inviteId);
  if (!doc) throw notFound(input.inviteId);
  assertMayInvite(roles, doc.grant);
  const now = deps.clock();
  const refused = closedError(doc, now);
  if (refused) throw refused;
  // Conditional, as accept's use is: of a revoke and a use at the same moment exactly one applies.
  const revoked = { status: 'revoked' as const, revokedBy: openid, revokedAt: now };
  const { stats } = await invites(deps)
    .where({ _id: doc._id, status: 'open', expiresAt: deps.db.command.gt(now) })
    .update({ data: revoked });
  if (stats.updated !== 1) {
    const moved = await findInvite(deps, doc._id);
    throw moved ? refusal(moved, now) : notFound(doc._id);
  }
  record({ venueId: doc.venueId, target: doc._id, detail: { ...doc.grant } });
  const [view] = await inviteViews(deps, [{ ...doc, ...revoked }]);
  return view;
};

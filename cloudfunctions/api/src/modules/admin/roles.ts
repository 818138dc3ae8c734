// Roles live on the user record (grants.ts). The roles page lists people by profile name and masked
// id; a revoke names them by the sealed reference it showed, never by OpenID on screen. Only the leadership group reaches these: the
// router asks grantsRole for admin with no venue, which an admin grant scoped to a venue is not.
import { AppError } from '@shared/errors';
import type { RoleUserView } from '@shared/contract';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { UserDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import type { Deps } from '../../deps';
import { addGrant, grantOf, sameGrant } from './grants';
import { maskOpenid, openRef, personRef } from '../user/people';
import { forgetRoles, loadUser } from '../user/roles';

async function view(deps: Deps, openid: string): Promise<RoleUserView> {
  const user = await loadUser(deps.db, openid);
  return { ...personRef(deps, openid, user), roles: user?.roles ?? [] };
}

export const grantRole: Handler<'admin.role.grant'> = async ({ deps, record }, input) => {
  const grant = grantOf(input);
  await addGrant(deps, input.openid, grant);
  record({ venueId: grant.venueId, target: maskOpenid(input.openid), detail: { ...grant } });
  return view(deps, input.openid);
};

export const revokeRole: Handler<'admin.role.revoke'> = async ({ deps, record }, input) => {
  const openid = input.openid ?? openRef(deps, input.userRef ?? '');
  if (!openid) throw new AppError('NOT_FOUND', { userRef: input.userRef }, '未找到该人员');
  const grant = grantOf(input);
  const user = await loadUser(deps.db, openid);
  if (user) {
    await deps.db
      .collection(COLLECTIONS.users)
      .doc(openid)
      .update({ data: { roles: deps.db.command.set(user.roles.filter((r) => !sameGrant(r, grant))) } });
  }
  forgetRoles(openid);
  record({ venueId: grant.venueId, target: maskOpenid(openid), detail: { ...grant } });
  return view(deps, openid);
};

export const listRoles: Handler<'admin.role.list'> = async ({ deps }) => {
  const users = await readAll<UserDoc>(
    deps.db
      .collection(COLLECTIONS.users)
      .where({ 'roles.0': deps.db.command.exists(true) })
      .orderBy('_id', 'asc'),
    1000,
  );
  return users.map((u) => ({ ...personRef(deps, u._id, u), roles: u.roles }));
};

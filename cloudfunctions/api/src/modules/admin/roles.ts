// Roles live on the user record. Grants are kept without empty fields, so a revoke names the
// same grant exactly; the audit trail records both. Only the leadership group reaches these: the
// router asks grantsRole for admin with no venue, which an admin grant scoped to a venue is not.
import type { RoleGrant, RoleUserView } from '@shared/contract';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { UserDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import { readAll } from '../../db/paginate';
import type { Deps } from '../../deps';
import { audit } from '../audit/log';
import { forgetRoles, loadUser } from '../user/roles';

function grantOf(input: RoleGrant): RoleGrant {
  return {
    role: input.role,
    ...(input.venueId ? { venueId: input.venueId } : {}),
    ...(input.departmentId ? { departmentId: input.departmentId } : {}),
  };
}

const sameGrant = (a: RoleGrant, b: RoleGrant) =>
  a.role === b.role && a.venueId === b.venueId && a.departmentId === b.departmentId;

async function view(deps: Deps, openid: string): Promise<RoleUserView> {
  return { openid, roles: (await loadUser(deps.db, openid))?.roles ?? [] };
}

export const grantRole: Handler<'admin.role.grant'> = async ({ deps, openid }, input) => {
  const grant = grantOf(input);
  const users = deps.db.collection(COLLECTIONS.users);
  const user = await loadUser(deps.db, input.openid);
  if (!user) {
    try {
      await users.add({ data: { _id: input.openid, roles: [grant], createdAt: deps.clock() } satisfies UserDoc });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
      await users.doc(input.openid).update({ data: { roles: deps.db.command.push(grant) } });
    }
  } else if (!user.roles.some((r) => sameGrant(r, grant))) {
    await users.doc(input.openid).update({ data: { roles: deps.db.command.push(grant) } });
  }
  forgetRoles(input.openid);
  await audit(deps, { actor: openid, action: 'admin.role.grant', target: input.openid, detail: { ...grant } });
  return view(deps, input.openid);
};

export const revokeRole: Handler<'admin.role.revoke'> = async ({ deps, openid }, input) => {
  const grant = grantOf(input);
  const user = await loadUser(deps.db, input.openid);
  if (user) {
    await deps.db
      .collection(COLLECTIONS.users)
      .doc(input.openid)
      .update({ data: { roles: deps.db.command.set(user.roles.filter((r) => !sameGrant(r, grant))) } });
  }
  forgetRoles(input.openid);
  await audit(deps, { actor: openid, action: 'admin.role.revoke', target: input.openid, detail: { ...grant } });
  return view(deps, input.openid);
};

export const listRoles: Handler<'admin.role.list'> = async ({ deps }) => {
  const users = await readAll<UserDoc>(
    deps.db
      .collection(COLLECTIONS.users)
      .where({ 'roles.0': deps.db.command.exists(true) })
      .orderBy('_id', 'asc'),
    1000,
  );
  return users.map((u) => ({ openid: u._id, roles: u.roles }));
};

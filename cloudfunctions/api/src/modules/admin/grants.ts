// Adding a role grant to a person's user record (which may not exist yet). Grants are kept without
// empty fields, so a revoke names the same grant exactly. Used by admin.role.grant, the set-up claim
// and an accepted invitation.
import type { RoleGrant } from '@shared/contract';
import { COLLECTIONS } from '../../db/schema';
import type { UserDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import type { Deps } from '../../deps';
import { forgetRoles, loadUser } from '../user/roles';

export function grantOf(input: RoleGrant): RoleGrant {
  return {
    role: input.role,
    ...(input.venueId ? { venueId: input.venueId } : {}),
    ...(input.departmentId ? { departmentId: input.departmentId } : {}),
  };
}

export const sameGrant = (a: RoleGrant, b: RoleGrant) =>
  a.role === b.role && a.venueId === b.venueId && a.departmentId === b.departmentId;

/** Adds the grant unless held; `_.push` appends atomically, so simultaneous grants both land. */
export async function addGrant(deps: Deps, openid: string, input: RoleGrant): Promise<void> {
  const grant = grantOf(input);
  const users = deps.db.collection(COLLECTIONS.users);
  const user = await loadUser(deps.db, openid);
  if (!user) {
    try {
      await users.add({ data: { _id: openid, roles: [grant], createdAt: deps.clock() } satisfies UserDoc });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
      await users.doc(openid).update({ data: { roles: deps.db.command.push(grant) } });
    }
  } else if (!user.roles.some((r) => sameGrant(r, grant))) {
    await users.doc(openid).update({ data: { roles: deps.db.command.push(grant) } });
  }
  forgetRoles(openid);
}

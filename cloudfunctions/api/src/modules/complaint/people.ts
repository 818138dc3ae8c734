// Who is told about a complaint besides the complainant: a department's members, the receiving desk
// (managers of the venue) and the leadership group (admins), read from the users' role grants.
import type { RoleGrant } from '@shared/contract';
import { COLLECTIONS } from '../../db/schema';
import type { UserDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import type { Deps } from '../../deps';
import { isDesk } from './access';

async function usersWith(deps: Deps, grant: Partial<RoleGrant>, keep: (g: RoleGrant) => boolean): Promise<string[]> {
  const where = Object.fromEntries(Object.entries(grant).map(([k, v]) => [`roles.${k}`, v]));
  const users = await readAll<UserDoc>(deps.db.collection(COLLECTIONS.users).where(where).orderBy('_id', 'asc'), 500);
  return users.filter((u) => u.roles.some(keep)).map((u) => u._id);
}

export const departmentMembers = (deps: Deps, departmentId: string) =>
  usersWith(deps, { departmentId }, (g) => g.role === 'handler' && g.departmentId === departmentId);

export const leaders = (deps: Deps) => usersWith(deps, { role: 'admin' }, (g) => g.role === 'admin');

/** The managers who are the complaint's desk (isDesk): the venue's, or for no venue the central desk's. */
export const deskMembers = (deps: Deps, venueId?: string) =>
  usersWith(deps, { role: 'manager' }, (g) => g.role === 'manager' && isDesk([g], venueId));

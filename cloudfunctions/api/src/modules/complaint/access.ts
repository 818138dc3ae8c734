// Who the caller is to a complaint. A visitor sees only their own; the receiving desk (the manager role,
// for the complaint's venue) sees every complaint of that venue; a handler sees only their department's.
// A complaint the caller has no standing on does not exist for them (NOT_FOUND); one they may see but
// not move in this way is FORBIDDEN.
import { AppError } from '@shared/errors';
import { grantsRole, type ComplaintParty, type RoleGrant } from '@shared/contract';
import { COLLECTIONS } from '../../db/schema';
import type { ComplaintDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { loadRoles } from '../user/roles';
import { handlerDepartments } from './departments';

export type Standing = ComplaintParty;

export interface ComplaintAccess {
  complaint: ComplaintDoc;
  standings: Set<Standing>;
  roles: RoleGrant[];
}

/**
 * The receiving desk of a venue's complaints: its managers (and admins). A complaint with no venue
 * (filed from 我的 without a booking, or registered for none) is the central desk's: grants for every
 * venue only, never the managers of some one venue.
 */
export function isDesk(roles: RoleGrant[], venueId: string | undefined): boolean {
  return venueId ? grantsRole(roles, 'manager', venueId) : roles.some((g) => !g.venueId && grantsRole([g], 'manager'));
}

/**
 * What the caller's grants open in the loop (user.me): the queue, for the desk of any venue and for
 * handlers; the desk's part (all of a venue's complaints, the department filter, statistics) for managers.
 */
export function complaintCapabilities(roles: RoleGrant[]): { handleComplaints: boolean; complaintDesk: boolean } {
  const complaintDesk = grantsRole(roles, 'manager');
  return { handleComplaints: complaintDesk || handlerDepartments(roles).length > 0, complaintDesk };
}

export function standingsOf(c: ComplaintDoc, openid: string, roles: RoleGrant[]): Set<Standing> {
  const out = new Set<Standing>();
  if (c.openid && c.openid === openid) out.add('complainant');
  if (isDesk(roles, c.venueId)) out.add('desk');
  if (c.departmentId && handlerDepartments(roles).includes(c.departmentId)) out.add('department');
  return out;
}

export async function requireComplaint(
  deps: Deps,
  openid: string,
  complaintId: string,
  needs?: Standing,
): Promise<ComplaintAccess> {
  const { data } = await deps.db.collection(COLLECTIONS.complaints).doc(complaintId).get();
  const complaint = data as ComplaintDoc | null;
  const roles = await loadRoles(deps.db, openid);
  const standings = complaint ? standingsOf(complaint, openid, roles) : new Set<Standing>();
  if (!complaint || standings.size === 0) throw new AppError('NOT_FOUND', { complaintId }, '未找到该投诉');
  if (needs && !standings.has(needs)) throw new AppError('FORBIDDEN', { complaintId });
  return { complaint, standings, roles };
}

export const ROLES = ['staff', 'handler', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What each role is called, everywhere it is shown. */
export const ROLE_LABELS: Record<Role, string> = {
  staff: '现场服务人员',
  handler: '投诉处理人员',
  manager: '场馆管理员',
  admin: '领导小组',
};

/** A role held by a user; `venueId` / `departmentId` scope it (absent = every venue). */
export interface RoleGrant {
  role: Role;
  venueId?: string;
  departmentId?: string;
}

/** Who may call an action: anyone, any signed-in user, or holders of a role. */
export type Access = 'public' | 'user' | Role;

/** Admins may do everything managers may; managers everything staff may. */
const IMPLIED: Record<Role, Role[]> = {
  admin: ['admin', 'manager', 'staff'],
  manager: ['manager', 'staff'],
  staff: ['staff'],
  handler: ['handler'],
};

/**
 * Whether a grant covers the venue asked about. Asked with no venue, a venue-bound role counts if held
 * anywhere: the action then checks the venue it touches. Not admin: the actions that ask for admin with
 * no venue (roles, venues, departments) act for every venue, so an admin grant scoped to one venue is
 * that venue's admin (and manager) only, never the leadership group's.
 */
function covers(g: RoleGrant, role: Role, venueId?: string): boolean {
  if (g.venueId === undefined) return true;
  return venueId === undefined ? role !== 'admin' : g.venueId === venueId;
}

export function grantsRole(grants: RoleGrant[], role: Role, venueId?: string): boolean {
  return grants.some((g) => IMPLIED[g.role].includes(role) && covers(g, role, venueId));
}

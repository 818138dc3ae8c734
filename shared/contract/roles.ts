export const ROLES = ['staff', 'handler', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

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

export function grantsRole(grants: RoleGrant[], role: Role, venueId?: string): boolean {
  return grants.some(
    (g) =>
      IMPLIED[g.role].includes(role) &&
      (venueId === undefined || g.venueId === undefined || g.venueId === venueId),
  );
}

// Who may invite whom. The leadership group (an admin grant for every venue) may invite any role.
// Anyone else who passed the router's manager check may invite only staff or managers, and only for
// one venue they manage: an invitation never hands out more than its creator could grant.
import { AppError } from '@shared/errors';
import { grantsRole, type RoleGrant } from '@shared/contract';

export function assertMayInvite(roles: RoleGrant[], grant: RoleGrant): void {
  if (grantsRole(roles, 'admin')) return;
  if (grant.role !== 'staff' && grant.role !== 'manager')
    throw new AppError('FORBIDDEN', { role: grant.role }, '只能邀请现场服务人员或场馆管理员');
  if (!grant.venueId) throw new AppError('FORBIDDEN', { role: grant.role }, '只有领导小组可以邀请全部场馆的管理员');
  if (!grantsRole(roles, 'manager', grant.venueId))
    throw new AppError('FORBIDDEN', { venueId: grant.venueId }, '只能邀请您所管理场馆的人员');
}

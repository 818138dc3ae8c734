import type { RoleGrant } from '@shared/contract';

export interface DemoUser {
  openid: string;
  label: string;
  roles: RoleGrant[];
}

/** Demo accounts; the museum's id is fixed so the staff grant can name it. */
export const DEMO_MUSEUM_ID = 'venue-museum';

export const DEMO_USERS: DemoUser[] = [
  { openid: 'demo-visitor-1', label: '游客一', roles: [] },
  { openid: 'demo-visitor-2', label: '游客二', roles: [] },
  { openid: 'demo-staff-1', label: '科技馆现场服务人员', roles: [{ role: 'staff', venueId: DEMO_MUSEUM_ID }] },
  {
    openid: 'demo-handler-1',
    label: '展览部投诉处理人员',
    roles: [{ role: 'handler', departmentId: 'dept-exhibition' }],
  },
  { openid: 'demo-manager-1', label: '场馆管理员（全部场馆）', roles: [{ role: 'manager' }] },
  { openid: 'demo-admin-1', label: '领导小组（全部场馆）', roles: [{ role: 'admin' }] },
];

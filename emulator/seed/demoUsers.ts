import type { RoleGrant } from '@shared/contract';

export interface DemoUser {
  openid: string;
  label: string;
  roles: RoleGrant[];
  /** The profile name colleagues and the audit trail see (staff roles only; visitors have none). */
  name?: string;
}

/** Demo accounts; the museum's id is fixed so the staff grant can name it. */
export const DEMO_MUSEUM_ID = 'venue-museum';

export const DEMO_USERS: DemoUser[] = [
  { openid: 'demo-visitor-1', label: '游客一', roles: [] },
  { openid: 'demo-visitor-2', label: '游客二', roles: [] },
  {
    openid: 'demo-staff-1',
    label: '科技馆现场服务人员',
    roles: [{ role: 'staff', venueId: DEMO_MUSEUM_ID }],
    name: '陈晓',
  },
  {
    openid: 'demo-handler-1',
    label: '展览部投诉处理人员',
    roles: [{ role: 'handler', departmentId: 'dept-exhibition' }],
    name: '刘敏',
  },
  { openid: 'demo-manager-1', label: '场馆管理员（全部场馆）', roles: [{ role: 'manager' }], name: '王立' },
  { openid: 'demo-admin-1', label: '领导小组（全部场馆）', roles: [{ role: 'admin' }], name: '周馆长' },
];

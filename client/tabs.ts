// The tab pages, in order. Shared by app.config.ts (tabBar.list) and the custom tab bar.
import type { Role } from '@shared/contract/roles';
import type { TabRoute } from './services/navigate';

export interface TabSpec {
  pagePath: TabRoute;
  text: string;
  /** Shown only to holders of this role (e.g. a staff 工作台 tab). */
  role?: Role;
}

export const TABS: TabSpec[] = [
  { pagePath: 'pages/index/index', text: '首页' },
  { pagePath: 'pages/bookings/index', text: '我的预约' },
  { pagePath: 'pages/staff/index', text: '工作台', role: 'staff' },
  { pagePath: 'pages/me/index', text: '我的' },
];

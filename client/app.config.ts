// Main package: the tab pages only. Everything else lives in subpackages, loaded on demand.
import { TABS } from './tabs';

const isH5 = process.env.TARO_ENV === 'h5';

export default defineAppConfig({
  pages: TABS.map((t) => t.pagePath),
  subPackages: [
    {
      root: 'booking',
      pages: [
        'resource/index',
        'confirm/index',
        'detail/index',
        'change/index',
        'return/index',
        'week/index',
        'seats/index',
      ],
    },
    {
      root: 'profile',
      pages: [
        'attendees/index',
        'attendee-add/index',
        'privacy/index',
        'notices/index',
        'notify-settings/index',
        'setup/index',
        'edit/index',
        'invite/index',
      ],
    },
    {
      root: 'manager',
      pages: [
        'index/index',
        'resources/index',
        'resource-edit/index',
        'slots/index',
        'slot-bulk/index',
        'resource-close/index',
        'approvals/index',
        'credit/index',
        'roles/index',
        'lotteries/index',
        'complaints/index',
        'complaint/index',
        'complaint-stats/index',
        'venues/index',
        'venue-edit/index',
        'departments/index',
        'department-edit/index',
        'slot-create/index',
        'invites/index',
        'audit/index',
        'resource-usage/index',
        'seat-map/index',
        'finance/index',
        'feedback/index',
      ],
    },
    { root: 'lottery', pages: ['slot/index', 'verify/index'] },
    {
      root: 'staff',
      pages: [
        'roster/index',
        'find/index',
        'complaint-register/index',
        'desk-book/index',
        'desk-pass/index',
        'desk-range/index',
        'sell/index',
        'statement/index',
      ],
    },
    { root: 'complaint', pages: ['mine/index', 'file/index', 'detail/index'] },
    // The demo sign-in and the subscribe-message outbox exist only in the H5 build played against the local cloud.
    ...(isH5 ? [{ root: 'dev', pages: ['signin/index', 'outbox/index'] }] : []),
  ],
  tabBar: {
    custom: true,
    color: '#8c8c8c',
    selectedColor: '#1677ff',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: TABS.map(({ pagePath, text }) => ({ pagePath, text })),
  },
  window: {
    navigationBarTitleText: '场馆预约',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f8',
    backgroundTextStyle: 'light',
  },
  lazyCodeLoading: 'requiredComponents',
});

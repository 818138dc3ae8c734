/**
 * The complaint queue (weapp build): the desk and the handlers open it; each complaint shows its category,
 * status, department, a 超时 flag once its deadline passed and the time left; the filters ask the server
 * again. Needs `npm run build:weapp` first.
 */
import type { ComplaintView, MeView } from '@shared/contract';
import { answers, callsTo, closePages, openPage, reset, startApp, waitFor } from '../../testing/weappPage';

const AT = '2026-12-01T09:00:00+08:00';
const base = {
  channel: 'miniprogram' as const,
  photos: [] as string[],
  reopens: 0,
  breaches: 0,
  online: true,
  mine: false,
  timeline: [],
  createdAt: AT,
  updatedAt: AT,
};
type Viewer = 'desk' | 'handler' | 'visitor';
const ME: Record<Viewer, Pick<MeView, 'roles' | 'can'>> = {
  desk: { roles: [{ role: 'manager' }], can: { handleComplaints: true, complaintDesk: true } },
  handler: {
    roles: [{ role: 'handler', departmentId: 'dept-exhibition' }],
    can: { handleComplaints: true, complaintDesk: false },
  },
  visitor: { roles: [], can: { handleComplaints: false, complaintDesk: false } },
};
let viewer: Viewer = 'desk';

/** The queue as the function answers the viewer: whose each next step is. */
const queue = (): ComplaintView[] => [
  {
    ...base,
    id: 'c-late',
    status: 'received',
    category: 'facility',
    content: '卫生间没有纸巾',
    deadline: {
      step: 'route',
      due: '2026-12-01T09:10:00+08:00',
      leftMs: -12 * 60_000,
      breached: true,
      calendarKnown: true,
    },
    breaches: 1,
    next: { step: 'route', by: 'desk', mine: viewer === 'desk' },
  },
  {
    ...base,
    id: 'c-routed',
    status: 'routed',
    category: 'exhibit',
    content: '展品“磁悬浮列车”无法演示',
    departmentId: 'dept-exhibition',
    departmentName: '展览部',
    complexity: 'general',
    deadline: {
      step: 'propose',
      due: '2026-12-01T11:05:00+08:00',
      leftMs: 65 * 60_000,
      breached: false,
      calendarKnown: true,
    },
    next: { step: 'propose', by: 'department', mine: viewer === 'handler' },
  },
];

const DEPARTMENTS = [
  { id: 'dept-desk', name: '客服中心', categories: [], receiving: true },
  { id: 'dept-exhibition', name: '展览部', categories: ['exhibit'], receiving: false },
];

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = () => ({ openid: 'o', ...ME[viewer], credit: { noShows: 0 } });
  answers['department.list'] = DEPARTMENTS;
  answers['complaint.list'] = (data: Record<string, unknown>) =>
    queue().filter((q) => !data.status || q.status === data.status);
});
afterEach(closePages);

const lists = () => callsTo('complaint.list').map((c) => c.data);

describe('投诉处理 queue (weapp build)', () => {
  test('the desk sees every complaint with its flags and deadlines, and filters by status and department', async () => {
    viewer = 'desk';
    const page = openPage('manager/complaints/index');
    expect(await page.shows('卫生间没有纸巾')).toBe(true);
    await page.shows('部门全部');
    const text = page.text();
    expect(text).toContain('共 2 条，1 条超时');
    expect(text).toContain('超时');
    expect(text).toContain('已超时 12分钟');
    expect(text).toContain('还剩 1小时5分钟');
    expect(text).toContain('尚未转交');
    // The desk's own step is pointed out; the department's is not.
    expect(text).toContain('待您处理：转交处理部门');
    expect(text).not.toContain('待您处理：制定解决方案');
    expect(text).toContain('部门');
    // The receiving desk is never a department to filter by.
    expect(text).not.toContain('客服中心');
    expect(lists()).toEqual([{ view: 'queue' }]);

    await page.tap('处理中');
    expect(await waitFor(() => !page.text().includes('卫生间没有纸巾'))).toBe(true);
    await page.tap('展览部');
    expect(await waitFor(() => lists().length === 3)).toBe(true);
    expect(lists()[2]).toEqual({ view: 'queue', status: 'routed', departmentId: 'dept-exhibition' });
    page.close();
  }, 20000);

  test('a handler opens the queue of their department, without the department filter', async () => {
    viewer = 'handler';
    const page = openPage('manager/complaints/index');
    expect(await page.shows('展品“磁悬浮列车”无法演示')).toBe(true);
    expect(page.text()).not.toContain('部门全部');
    expect(page.text()).toContain('待您处理：制定解决方案');
    expect(page.text()).not.toContain('待您处理：转交处理部门');
    expect(callsTo('department.list')).toEqual([]);
    page.close();
  }, 20000);

  test('a visitor is told the queue is not theirs', async () => {
    viewer = 'visitor';
    const page = openPage('manager/complaints/index');
    expect(await page.shows('仅客服中心和投诉处理人员可处理投诉')).toBe(true);
    expect(callsTo('complaint.list')).toEqual([]);
    page.close();
  }, 20000);
});

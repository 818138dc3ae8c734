/**
 * 工作台 (weapp build): staff scan a visitor's entry code with the camera and read the answer big and
 * coloured — 核验通过 with the people to check, or why not with what to tell the visitor; a scan lost on
 * the network is sent again with the same requestId; the entries to the roster, manual check-in and
 * complaint registration; no desk without the staff role. Needs `npm run build:weapp` first.
 */
import type { CheckinBookingView, RoleGrant } from '@shared/contract';
import {
  answers,
  callsTo,
  closePages,
  cls,
  fails,
  navigated,
  openPage,
  reset,
  startApp,
  waitFor,
  type RenderedPage,
} from '../../testing/weappPage';

const TOKEN = 'v1.b-1.20261201T0900.9f2c4e1d';

const GROUP: CheckinBookingView = {
  id: 'b-1',
  resourceName: 'VR飞行体验',
  venueName: '星河科技馆',
  location: '二楼东厅',
  start: '2026-12-01T09:00:00+08:00',
  end: '2026-12-01T10:00:00+08:00',
  status: 'checked_in',
  attendees: [
    { id: 'a-1', name: '张三', idMasked: '1101**********1234', present: true },
    { id: 'a-2', name: '李四', idMasked: '3201**********5678', present: true },
  ],
  checkedInAt: '2026-12-01T09:02:00+08:00',
  checkedInBy: 'demo-staff-1',
  method: 'scan',
};

/** What the camera reads: a code, or the user closing it. */
let camera: { result: string } | 'cancel';
let roles: RoleGrant[];

/** The camera, as WeChat answers wx.scanCode. */
function scanCode(arg: { success?: (res: unknown) => void; fail?: (res: unknown) => void }) {
  if (camera === 'cancel') arg.fail?.({ errMsg: 'scanCode:fail cancel' });
  else arg.success?.({ ...camera, errMsg: 'scanCode:ok' });
}

beforeAll(() => {
  // Taro takes the wx APIs there are when the app starts: the camera joins the stubbed wx as it is installed.
  let wx: Record<string, unknown> | undefined;
  Object.defineProperty(global, 'wx', {
    configurable: true,
    get: () => wx,
    set: (stub: Record<string, unknown>) => {
      wx = stub;
      wx.scanCode = scanCode;
    },
  });
  startApp();
});
beforeEach(() => {
  reset();
  camera = { result: TOKEN };
  roles = [{ role: 'staff', venueId: 'v-museum' }];
  answers['user.me'] = () => ({ openid: 'o-staff', roles, credit: { noShows: 0 }, privacyConsent: null });
});
afterEach(closePages);

async function open() {
  const page = openPage('pages/staff/index');
  expect(await page.shows('入场核验')).toBe(true);
  return page;
}

const scan = (page: RenderedPage) => page.tap('扫码核验', cls('nut-button'));
const result = (page: RenderedPage) => page.dom().querySelector(cls('scan-result'))?.textContent ?? '';

describe('工作台 (weapp build)', () => {
  test('a scan that passes: checkin.scan with the code, 核验通过 with the visit and the people to check', async () => {
    answers['checkin.scan'] = { booking: GROUP, checkedInAt: GROUP.checkedInAt };
    answers['checkin.attendance'] = {
      ...GROUP,
      attendees: [GROUP.attendees[0], { ...GROUP.attendees[1], present: false }],
    };
    const page = await open();
    await scan(page);
    expect(await page.shows('核验通过')).toBe(true);
    expect(callsTo('checkin.scan').map((c) => c.data)).toEqual([{ token: TOKEN }]);
    expect(result(page)).toContain('VR飞行体验');
    expect(result(page)).toContain('星河科技馆 · 二楼东厅');
    expect(result(page)).toContain('请核对证件（2人）');

    // Who of the group did not come: unticked and saved.
    await page.tap('3201**********5678', cls('people-list__row'));
    await page.tap('更新到场人员', cls('nut-button'));
    expect(await page.shows('已更新到场人员')).toBe(true);
    expect(callsTo('checkin.attendance').map((c) => c.data)).toEqual([{ bookingId: 'b-1', attendeeIds: ['a-1'] }]);
    expect(await page.shows('到场 1 / 2 人')).toBe(true);
  }, 20000);

  test('a code checked in before: 已核验过, when and by whom, and not to let them in twice', async () => {
    answers['checkin.scan'] = fails('ALREADY_CHECKED_IN', '该预约已核验入场', {
      at: '2026-12-01T09:02:00+08:00',
      by: 'demo-staff-2',
    });
    const page = await open();
    await scan(page);
    expect(await page.shows('已核验过')).toBe(true);
    expect(result(page)).toMatch(/已于 \d\d:\d\d 由 demo-staff-2 核验/);
    expect(result(page)).toContain('同一预约只能核验一次，请勿重复放行');
    expect(page.dom().querySelector(cls('scan-result--warn'))).not.toBeNull();
  }, 20000);

  test('an old code: 入场码已过期, and what to tell the visitor; a foreign one is red', async () => {
    answers['checkin.scan'] = fails('TOKEN_EXPIRED', '入场码已过期');
    const page = await open();
    await scan(page);
    expect(await page.shows('入场码已过期（请观众刷新）')).toBe(true);
    expect(result(page)).toContain('入场码每30秒更新，截图无效');

    answers['checkin.scan'] = fails('FORBIDDEN', '无权限');
    await scan(page);
    expect(await page.shows('非本场馆预约')).toBe(true);
    expect(result(page)).toContain('另一场馆的预约，请引导观众前往对应场馆');
    expect(page.dom().querySelector(cls('scan-result--fail'))).not.toBeNull();
  }, 20000);

  test('a scan lost on the network says so; scanning the code again sends the same requestId', async () => {
    answers['checkin.scan'] = () => {
      throw new Error('timeout');
    };
    const page = await open();
    await scan(page);
    expect(await page.shows('网络异常，请检查网络后重试')).toBe(true);
    expect(result(page)).toContain('核验失败');
    // The transport tried twice with the one requestId.
    expect(callsTo('checkin.scan')).toHaveLength(2);

    answers['checkin.scan'] = { booking: GROUP, checkedInAt: GROUP.checkedInAt };
    await scan(page);
    expect(await page.shows('核验通过')).toBe(true);
    const ids = callsTo('checkin.scan').map((c) => c.requestId);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);

    // A new scan after the answer is a new intent.
    await scan(page);
    await waitFor(() => callsTo('checkin.scan').length === 4);
    expect(callsTo('checkin.scan')[3].requestId).not.toBe(ids[0]);
  }, 20000);

  test('closing the camera sends nothing', async () => {
    camera = 'cancel';
    const page = await open();
    await scan(page);
    expect(callsTo('checkin.scan')).toEqual([]);
    expect(page.dom().querySelector(cls('scan-result'))).toBeNull();
    expect(page.text()).not.toContain('无法打开相机');
  }, 20000);

  test('the entries: 今日名单, 手工核验, 代客预约 and 登记投诉', async () => {
    const page = await open();
    await page.tap('今日名单');
    await page.tap('手工核验');
    await page.tap('代客预约');
    await page.tap('登记投诉');
    expect(navigated('navigateTo')).toEqual([
      '/staff/roster/index',
      '/staff/find/index',
      '/staff/desk-book/index',
      '/staff/complaint-register/index',
    ]);
  }, 20000);

  test('someone without the staff role is told so', async () => {
    roles = [{ role: 'handler', departmentId: 'dept-exhibition' }];
    const page = openPage('pages/staff/index');
    expect(await page.shows('仅现场服务人员可使用工作台')).toBe(true);
    expect(page.text()).not.toContain('扫码核验');
  }, 20000);
});

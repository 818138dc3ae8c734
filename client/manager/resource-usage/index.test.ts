/**
 * 资源台账 (weapp build), on a phone whose clock reads Wednesday 2026-12-09 in business time: the register
 * of a resource booked by the hour for 本周 (Monday 12-07 to Sunday 12-13) — its name, the utilisation and
 * use rate per week and month as bars with the hours under them, what the two rates mean, and every
 * booking with its time, status, booker (and department or company), purpose, headcount and return; 本月 / 上月 / 近三个月
 * ask again for their dates; no bookings and a closed period are said. Needs `npm run build:weapp` first.
 */
import type { ResourceUsageView, UsageRowView } from '@shared/contract';
import type { UsagePeriod } from '@shared/rules/utilisation';
import {
  answers,
  callsTo,
  closePages,
  cls,
  fails,
  openPage,
  reset,
  startApp,
  waitFor,
  type RenderedPage,
} from '../../testing/weappPage';

// The phone's clock: a fixed Wednesday that goes on ticking (timers stay real, so the page and waitFor run).
const NOW = Date.parse('2026-12-09T10:00:00+08:00');
const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

const period = (from: string, to: string, over: Partial<UsagePeriod> = {}): UsagePeriod => ({
  from,
  to,
  openMinutes: 2700,
  bookedMinutes: 180,
  usedMinutes: 60,
  utilisation: 6.7,
  useRate: 2.2,
  ...over,
});

const row = (id: string, over: Partial<UsageRowView> = {}): UsageRowView => ({
  id,
  start: '2026-12-08T09:00:00+08:00',
  end: '2026-12-08T10:00:00+08:00',
  status: 'checked_in',
  purpose: '部门例会',
  headcount: 8,
  booker: '李娜',
  checkedInAt: '2026-12-08T09:02:00+08:00',
  returned: 'ok',
  ...over,
});

const ROWS: UsageRowView[] = [
  row('b-1', { department: '市场部' }),
  row('b-2', {
    start: '2026-12-09T14:00:00+08:00',
    end: '2026-12-09T15:30:00+08:00',
    booker: '赵强',
    company: '星河科技',
    purpose: '客户洽谈',
    headcount: 3,
    returned: 'damaged',
  }),
  row('b-3', {
    start: '2026-12-10T16:00:00+08:00',
    end: '2026-12-10T16:30:00+08:00',
    status: 'confirmed',
    booker: '王芳',
    purpose: '面试',
    headcount: 2,
    checkedInAt: undefined,
    returned: undefined,
    unreturned: true,
  }),
  row('b-4', { status: 'cancelled', booker: '孙悦', purpose: '培训', checkedInAt: undefined, returned: undefined }),
];

const usage = (from: string, to: string, over: Partial<ResourceUsageView> = {}): ResourceUsageView => ({
  resourceId: 'res-meeting-a',
  resourceName: '会议室A',
  from,
  to,
  quantity: 1,
  bookings: ROWS,
  weeks: [period(from, to)],
  months: [period(from, to)],
  ...over,
});

const MONTH = usage('2026-12-01', '2026-12-31', {
  weeks: [
    period('2026-12-01', '2026-12-06', {
      openMinutes: 2160,
      bookedMinutes: 0,
      usedMinutes: 0,
      utilisation: 0,
      useRate: 0,
    }),
    period('2026-12-07', '2026-12-13'),
  ],
  months: [
    period('2026-12-01', '2026-12-31', { openMinutes: 12420, bookedMinutes: 180, utilisation: 1.4, useRate: 0.5 }),
  ],
});

beforeAll(() => {
  jest.useFakeTimers({ now: NOW, advanceTimers: true, doNotFake: [...REAL_TIMERS] });
  startApp();
});
afterAll(() => jest.useRealTimers());
beforeEach(() => {
  reset();
  answers['user.me'] = { openid: 'o-manager', roles: [{ role: 'manager' }], credit: { noShows: 0 } };
  answers['admin.resource.usage'] = (data: Record<string, unknown>) =>
    data.from === '2026-12-01' ? MONTH : usage(data.from as string, data.to as string);
});
afterEach(closePages);

const asked = () => callsTo('admin.resource.usage').map((c) => c.data);
const WEEK = { resourceId: 'res-meeting-a', from: '2026-12-07', to: '2026-12-13' };

async function open() {
  const page = openPage('manager/resource-usage/index', { resourceId: 'res-meeting-a' });
  expect(await page.shows('会议室A')).toBe(true);
  return page;
}

/** The text of the element of class `className` that shows `shown` (a period's row, a booking's card). */
const textOf = (page: RenderedPage, className: string, shown: string) =>
  page.find(shown, cls(className))?.textContent ?? '';
/** A period's row by its dates (in 按周 or 按月, the first of them). */
const periodRow = (page: RenderedPage, dates: string) => textOf(page, 'usage-period', dates);
/** A booking's card by its time. */
const bookingCard = (page: RenderedPage, when: string) => textOf(page, 'card', when);

/** The inline style of the nth booked share's bar, as rendered. */
const barStyle = (page: RenderedPage, nth = 0) =>
  page.dom().querySelectorAll(cls('usage-bar__booked'))[nth]?.getAttribute('style') ?? '';

describe('资源台账 (weapp build)', () => {
  test('本周: asks for Monday to Sunday of this week and shows the figures and the bookings', async () => {
    const page = await open();
    expect(asked()).toEqual([WEEK]);
    expect(await page.shows('预约记录 · 4条')).toBe(true);
    const text = page.text();
    expect(text).toContain('2026年12月7日–12月13日');
    expect(text).toContain('按周');
    // 本周 within one month: its month would only repeat the week.
    expect(text).not.toContain('按月');
    const week = periodRow(page, '12月7日–12月13日');
    expect(week).toContain('12月7日–12月13日');
    expect(week).toContain('利用率 6.7% · 使用率 2.2%');
    expect(week).toContain('已约 3小时 / 开放 45小时');
    expect(week).toContain('实际使用 1小时');
    expect(barStyle(page)).toContain('width: 6.7%');
    expect(text).toContain('利用率 = 已预约时长 ÷ 开放时长，使用率 = 实际使用时长 ÷ 开放时长');

    const first = bookingCard(page, '12月8日 周二 09:00–10:00');
    for (const shown of [
      '12月8日 周二 09:00–10:00',
      '已入场',
      '预约人：李娜（市场部）',
      '用途：部门例会 · 8人',
      '开始使用：09:02',
    ])
      expect(first).toContain(shown);
    expect(first).toContain('已归还·正常');
    const customer = bookingCard(page, '12月9日 周三 14:00–15:30');
    expect(customer).toContain('12月9日 周三 14:00–15:30');
    expect(customer).toContain('预约人：赵强（星河科技）');
    expect(customer).toContain('用途：客户洽谈 · 3人');
    expect(customer).toContain('已归还·有损坏');
    const out = bookingCard(page, '12月10日 周四 16:00–16:30');
    expect(out).toContain('已预约');
    // A colleague with no department on their profile is named alone.
    expect(out).toContain('预约人：王芳用途');
    expect(out).toContain('未归还');
    expect(out).not.toContain('开始使用');
    expect(bookingCard(page, '孙悦')).toContain('已取消');
    expect(bookingCard(page, '孙悦')).not.toContain('归还');
  }, 20000);

  test('本月, 上月 and 近三个月 ask again for their dates; a month shows its weeks and the month', async () => {
    const page = await open();
    await page.tap('本月');
    expect(await waitFor(() => asked().length === 2)).toBe(true);
    expect(asked()[1]).toEqual({ resourceId: 'res-meeting-a', from: '2026-12-01', to: '2026-12-31' });
    expect(await page.shows('按月')).toBe(true);
    // A month reads from its total down to its weeks.
    expect(page.text().indexOf('按月')).toBeLessThan(page.text().indexOf('按周'));
    expect(page.text()).toContain('2026年12月1日–12月31日');
    expect(periodRow(page, '12月1日–12月6日')).toContain('12月1日–12月6日');
    expect(periodRow(page, '12月1日–12月6日')).toContain('已约 0小时 / 开放 36小时');
    expect(periodRow(page, '12月1日–12月31日')).toContain('利用率 1.4% · 使用率 0.5%');
    expect(periodRow(page, '12月1日–12月31日')).toContain('已约 3小时 / 开放 207小时');

    await page.tap('上月');
    expect(await waitFor(() => asked().length === 3)).toBe(true);
    expect(asked()[2]).toEqual({ resourceId: 'res-meeting-a', from: '2026-11-01', to: '2026-11-30' });
    expect(await page.shows('2026年11月1日–11月30日')).toBe(true);

    await page.tap('近三个月');
    expect(await waitFor(() => asked().length === 4)).toBe(true);
    expect(asked()[3]).toEqual({ resourceId: 'res-meeting-a', from: '2026-10-01', to: '2026-12-31' });

    await page.tap('本周');
    expect(await waitFor(() => asked().length === 5)).toBe(true);
    expect(asked()[4]).toEqual(WEEK);
  }, 20000);

  test('no bookings and a closed period are said; the bar stays empty', async () => {
    answers['admin.resource.usage'] = (data: Record<string, unknown>) =>
      usage(data.from as string, data.to as string, {
        bookings: [],
        weeks: [
          period(data.from as string, data.to as string, {
            openMinutes: 0,
            bookedMinutes: 0,
            usedMinutes: 0,
            utilisation: 0,
            useRate: 0,
          }),
        ],
      });
    const page = await open();
    expect(await page.shows('这段时间没有预约')).toBe(true);
    expect(page.text()).toContain('预约记录 · 0条');
    expect(periodRow(page, '12月7日–12月13日')).toContain('未开放');
    expect(periodRow(page, '12月7日–12月13日')).not.toContain('开放 0小时');
    expect(barStyle(page)).toContain('width: 0%');
  }, 20000);

  test('a resource the function refuses is said, with a retry', async () => {
    answers['admin.resource.usage'] = fails('INVALID_STATE', '该项目按时段预约，请在时段管理中查看');
    const page = openPage('manager/resource-usage/index', { resourceId: 'res-dome' });
    expect(await page.shows('该项目按时段预约，请在时段管理中查看')).toBe(true);
    expect(page.text()).toContain('重新加载');
    expect(asked()).toEqual([{ resourceId: 'res-dome', from: '2026-12-07', to: '2026-12-13' }]);
  }, 20000);
});

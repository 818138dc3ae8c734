/**
 * 售票日报 (weapp build): the day's takings of the staff member's venue — 净收入, tickets sold and given
 * back, taken and refunded per payment method — in all and per window (the staff member who sold, the
 * app's own sales as 线上), then the day's orders newest first; today by default, another day by the
 * arrows or the picker. Needs `npm run build:weapp` first.
 */
import type { RoleGrant, StatementView, TakingsView } from '@shared/contract';
import { addDays } from '@shared/time';
import { today } from '../../utils/format';
import { answers, callsTo, closePages, cls, fire, openPage, reset, settle, startApp } from '../../testing/weappPage';

const takings = (over: Partial<TakingsView> = {}): TakingsView => ({
  tickets: 0,
  paidFen: { wechat: 0, cash: 0, terminal: 0 },
  refundedFen: { wechat: 0, cash: 0, terminal: 0 },
  refundedTickets: 0,
  netFen: 0,
  ...over,
});

const LI_NA = takings({
  tickets: 3,
  paidFen: { wechat: 0, cash: 16000, terminal: 4000 },
  refundedFen: { wechat: 0, cash: 8000, terminal: 0 },
  refundedTickets: 1,
  netFen: 12000,
});
const ZHANG = takings({ tickets: 1, paidFen: { wechat: 0, cash: 0, terminal: 8050 }, netFen: 8050 });
const ONLINE = takings({ tickets: 2, paidFen: { wechat: 16000, cash: 0, terminal: 0 }, netFen: 16000 });

const STATEMENT: StatementView = {
  venueId: 'v-museum',
  period: today(),
  total: takings({
    tickets: 6,
    paidFen: { wechat: 16000, cash: 16000, terminal: 12050 },
    refundedFen: { wechat: 0, cash: 8000, terminal: 0 },
    refundedTickets: 1,
    netFen: 36050,
  }),
  windows: [
    { seller: 'o-li', name: '李娜', ...LI_NA },
    { seller: 'o-zhang', name: '张伟', ...ZHANG },
    { seller: 'online', name: '线上（微信支付）', ...ONLINE },
  ],
  orders: [
    {
      orderNo: 'bk_00000000aaaa1111',
      resourceName: 'VR飞行体验',
      start: `${today()}T14:00:00+08:00`,
      method: 'cash',
      tickets: 2,
      paidFen: 16000,
      paidAt: `${today()}T09:05:00+08:00`,
      refundedFen: 8000,
      refundedAt: `${today()}T11:20:00+08:00`,
    },
    {
      orderNo: 'bk_00000000bbbb2222',
      resourceName: '球幕影院',
      start: `${today()}T15:00:00+08:00`,
      method: 'wechat',
      tickets: 2,
      paidFen: 16000,
      paidAt: `${today()}T10:40:00+08:00`,
      refundedFen: 0,
    },
  ],
};

let roles: RoleGrant[];

beforeAll(startApp);
beforeEach(() => {
  reset();
  roles = [{ role: 'staff', venueId: 'v-museum' }];
  answers['user.me'] = () => ({ openid: 'o-li', roles, credit: { noShows: 0 }, privacyConsent: null });
  answers['venue.list'] = [
    { id: 'v-museum', name: '星河科技馆', kind: 'museum' },
    { id: 'v-park', name: '湿地公园', kind: 'scenic_area' },
  ];
  answers['desk.statement'] = (data: Record<string, unknown>) =>
    data.date === today() && data.venueId === 'v-museum'
      ? STATEMENT
      : { ...STATEMENT, total: takings(), windows: [], orders: [] };
});
afterEach(closePages);

/** The text of the card titled `title`. */
const card = (page: ReturnType<typeof openPage>, title: string) =>
  Array.from(page.dom().querySelectorAll(cls('card'))).find(
    (c) => c.querySelector(cls('card__title'))?.textContent?.trim() === title,
  )?.textContent ?? '';

describe('售票日报 (weapp build)', () => {
  test('today’s totals of the venue, per window, and the orders newest first', async () => {
    const page = openPage('staff/statement/index');
    expect(await page.shows('全馆合计')).toBe(true);
    expect(callsTo('desk.statement').map((c) => c.data)).toEqual([{ venueId: 'v-museum', date: today() }]);
    // Only the staff member's venue: no chips to choose another.
    expect(page.text()).not.toContain('湿地公园');

    const total = card(page, '星河科技馆');
    for (const shown of [
      '净收入¥360.50',
      '售出 6 张',
      '退票 1 张',
      // Per payment method: taken, refunded.
      '现金¥160¥80',
      '刷卡终端¥120.50¥0',
      '微信支付¥160¥0',
      '合计¥440.50¥80',
    ])
      expect(total).toContain(shown);

    const li = card(page, '李娜');
    expect(li).toContain('净收入¥120');
    expect(li).toContain('售出 3 张');
    expect(li).toContain('现金¥160¥80');
    expect(li).toContain('刷卡终端¥40¥0');
    const zhang = card(page, '张伟');
    expect(zhang).toContain('净收入¥80.50');
    expect(zhang).toContain('刷卡终端¥80.50¥0');
    expect(card(page, '线上（微信支付）')).toContain('微信支付¥160¥0');

    expect(page.text()).toContain('订单明细（2笔）');
    const orders = Array.from(page.dom().querySelectorAll(cls('statement-order'))).map((o) => o.textContent ?? '');
    // The refund at 11:20 is the latest move of money.
    expect(orders[0]).toContain('VR飞行体验');
    expect(orders[0]).toContain('14:00场 · 2张 · 现金');
    expect(orders[0]).toContain('11:20 · 售票号 AAAA1111');
    expect(orders[0]).toContain('退 ¥80');
    expect(orders[1]).toContain('球幕影院');
    expect(orders[1]).toContain('微信支付');
    expect(orders[1]).not.toContain('退 ');
  }, 20000);

  test('another day by the arrow or the picker; nothing sold that day says so', async () => {
    const page = openPage('staff/statement/index');
    expect(await page.shows('李娜')).toBe(true);
    // Not past today.
    await page.tap('›');
    expect(callsTo('desk.statement')).toHaveLength(1);
    await page.tap('‹');
    expect(await page.shows('当天没有售票或退款')).toBe(true);
    expect(callsTo('desk.statement').at(-1)?.data).toEqual({ venueId: 'v-museum', date: addDays(today(), -1) });
    expect(page.text()).toContain('净收入¥0');
    expect(page.text()).not.toContain('李娜');

    const picked = addDays(today(), -10);
    fire(page.dom().querySelector('wx-picker')!, 'change', { value: picked });
    await settle();
    expect(await page.shows('订单明细（0笔）')).toBe(true);
    expect(callsTo('desk.statement').at(-1)?.data).toEqual({ venueId: 'v-museum', date: picked });
    await page.tap('›');
    expect(callsTo('desk.statement').at(-1)?.data).toEqual({ venueId: 'v-museum', date: addDays(picked, 1) });
  }, 20000);

  test('staff of two venues choose one; opened for a venue, that one', async () => {
    roles = [
      { role: 'staff', venueId: 'v-museum' },
      { role: 'staff', venueId: 'v-park' },
    ];
    const page = openPage('staff/statement/index', { venueId: 'v-park' });
    expect(await page.shows('当天没有售票或退款')).toBe(true);
    expect(callsTo('desk.statement').map((c) => c.data?.venueId)).toEqual(['v-park']);
    expect(page.text()).toContain('湿地公园全馆合计');
    await page.tap('星河科技馆');
    expect(await page.shows('李娜')).toBe(true);
    expect(callsTo('desk.statement').at(-1)?.data).toEqual({ venueId: 'v-museum', date: today() });
  }, 20000);

  test('someone without the staff role is told so', async () => {
    roles = [];
    const page = openPage('staff/statement/index');
    expect(await page.shows('仅现场服务人员可查看售票日报')).toBe(true);
    expect(callsTo('desk.statement')).toEqual([]);
  }, 20000);
});

/**
 * 窗口售票 (weapp build): staff choose a session of a priced resource of their venue (free and lottery
 * resources are not sold here), count the tickets per type at their prices (学生 需查验学生证), take cash
 * or the card terminal with its slip number, and 确认收款 sells with desk.sell; the sale shows its tickets
 * (with seats on a seated session, best available), the amount and the method, 出示二维码 opens the pass,
 * 退票 states the refund by the rule before desk.refund. A session sold out meanwhile is said and shown
 * sold out. The workbench opens the window and the day's statement. Needs `npm run build:weapp` first.
 */
import type { BookingView, OrderView, RoleGrant, SlotView } from '@shared/contract';
import { HOUR_MS, toIso } from '@shared/time';
import { RESOURCE, TODAY, booking, slot, tapInRow } from '../../booking/testing';
import { PRICED, PRICING } from '../../booking/components/testing';
import { THEATRE } from '../../booking/seats/testing';
import {
  answers,
  callsTo,
  closePages,
  cls,
  fails,
  fire,
  navigated,
  openPage,
  reset,
  settle,
  startApp,
  waitFor,
  type RenderedPage,
} from '../../testing/weappPage';

const SALE_ID = 'bk_5a1e9c0d7b3f21';

let roles: RoleGrant[];
/** What slot.list answers now: a test changes it as the function would. */
let slots: SlotView[];

/** A sale's order: one ticket per line, paid at the window now. */
function paidOrder(lines: OrderView['lines'], over: Partial<OrderView> = {}): OrderView {
  const totalFen = lines.reduce((n, l) => n + l.priceFen, 0);
  return {
    status: 'paid',
    totalFen,
    holdUntil: toIso(Date.now()),
    lines,
    paidAt: toIso(Date.now()),
    refundedFen: 0,
    refunds: [],
    method: 'cash',
    refundRule: PRICING.refund,
    ...over,
  };
}

/** 全价 ×2 and 学生 ×1 of VR飞行体验, starting `hoursAhead` from now, as desk.sell answers it. */
function vrSale(hoursAhead: number, over: Partial<BookingView> = {}): BookingView {
  const start = Date.now() + hoursAhead * HOUR_MS;
  return booking({
    id: SALE_ID,
    start: toIso(start),
    end: toIso(start + HOUR_MS),
    cancelDeadline: toIso(start - 2 * HOUR_MS),
    attendees: ['散客1', '散客2', '散客3'].map((name, i) => ({ id: `t${i + 1}`, name, idMasked: '' })),
    actions: ['pass'],
    desk: { name: '窗口售票（3张）', bookedBy: { ref: 'p-1', name: '李娜', idMasked: '—' } },
    order: paidOrder([
      { attendeeId: 't1', ticketTypeName: '全价', priceFen: 8000, cancelled: false },
      { attendeeId: 't2', ticketTypeName: '全价', priceFen: 8000, cancelled: false },
      { attendeeId: 't3', ticketTypeName: '学生', proof: '学生证', priceFen: 4000, cancelled: false },
    ]),
    ...over,
  });
}

beforeAll(startApp);
beforeEach(() => {
  reset();
  roles = [{ role: 'staff', venueId: 'v-museum' }];
  slots = [slot('s-10', TODAY, '10:00'), slot('s-14', TODAY, '14:00', { remaining: 0, status: 'full' })];
  answers['user.me'] = () => ({ openid: 'o-staff', roles, credit: { noShows: 0 }, privacyConsent: null });
  answers['venue.list'] = [
    { id: 'v-museum', name: '星河科技馆', kind: 'museum' },
    { id: 'v-park', name: '湿地公园', kind: 'scenic_area' },
  ];
  answers['resource.list'] = [
    PRICED,
    { ...RESOURCE, id: 'r-free', name: '常设展厅' },
    { ...PRICED, id: 'r-night', name: '天文台夜观', allocation: 'lottery' },
  ];
  answers['slot.list'] = () => slots;
});
afterEach(closePages);

/** The row of a ticket type in 票种与数量. */
const typeRow = (page: RenderedPage, name: string) =>
  Array.from(page.dom().querySelectorAll(cls('sell-count'))).find((r) =>
    r.querySelector(cls('sell-count__name'))?.textContent?.trim().startsWith(name),
  ) ?? null;

/** Taps + (or −) of a ticket type `times` times. */
async function step(page: RenderedPage, name: string, sign: '+' | '−', times = 1) {
  for (let i = 0; i < times; i++) {
    const button = Array.from(typeRow(page, name)?.querySelectorAll(cls('sell-count__step')) ?? []).find(
      (b) => b.textContent?.trim() === sign,
    );
    if (!button) throw new Error(`no ${sign} for ${name}`);
    fire(button, 'tap');
    await settle();
  }
}

const total = (page: RenderedPage) => page.dom().querySelector(cls('sell-counts__amount'))?.textContent?.trim();
const collect = (page: RenderedPage) => page.tap('确认收款', cls('nut-button'));

async function chooseVr() {
  const page = openPage('staff/sell/index');
  expect(await page.shows('10:00–11:00')).toBe(true);
  await tapInRow(page, '10:00', '售票');
  expect(await page.shows('票种与数量')).toBe(true);
  return page;
}

describe('窗口售票 (weapp build)', () => {
  test('a cash sale: the counts and the total, desk.sell’s input, then the tickets and 出示二维码', async () => {
    answers['desk.sell'] = vrSale(72);
    const page = openPage('staff/sell/index');
    expect(await page.shows('10:00–11:00')).toBe(true);
    // The staff member's venue only, its priced resources sold first come first served only.
    expect(page.text()).not.toContain('湿地公园');
    expect(page.text()).not.toContain('常设展厅');
    expect(page.text()).not.toContain('天文台夜观');
    expect(new Set(callsTo('resource.list').map((c) => c.data?.venueId))).toEqual(new Set(['v-museum']));
    // A session sold out offers nothing to sell.
    expect(page.dom().querySelectorAll(cls('nut-button'))).toHaveLength(1);

    await tapInRow(page, '10:00', '售票');
    expect(await page.shows('票种与数量')).toBe(true);
    expect(typeRow(page, '全价')?.textContent).toContain('¥80');
    expect(typeRow(page, '学生')?.textContent).toContain('需查验学生证');
    expect(typeRow(page, '儿童')?.textContent).not.toContain('需查验');
    expect(total(page)).toBe('¥0');

    await step(page, '全价', '+', 2);
    await step(page, '学生', '+');
    await step(page, '儿童', '+');
    await step(page, '儿童', '−');
    expect(total(page)).toBe('¥200');
    expect(page.text()).toContain('合计（3张）');
    expect(page.text()).toContain('确认收款 ¥200');
    // No seats on this session, and cash is the default.
    expect(page.text()).not.toContain('推荐座位');
    expect(page.find('现金', cls('nut-radio-button-active'))).not.toBeNull();

    await collect(page);
    expect(await page.shows('收款成功，已出票')).toBe(true);
    expect(callsTo('desk.sell').map((c) => c.data)).toEqual([
      {
        slotId: 's-10',
        tickets: [{ ticketTypeId: 'adult' }, { ticketTypeId: 'adult' }, { ticketTypeId: 'student' }],
        method: 'cash',
      },
    ]);
    expect(callsTo('desk.sell')[0].requestId).toMatch(/^[A-Za-z0-9]{20}$/);
    const tickets = page.find('票（3张）', cls('card'))?.textContent ?? '';
    for (const shown of ['已出票', '散客1 · 全价', '散客2 · 全价', '散客3 · 学生', '需查验学生证', '实收¥200'])
      expect(tickets).toContain(shown);
    expect(page.text()).toContain('收款方式现金');
    expect(page.text()).toContain(`售票号${SALE_ID.slice(-8).toUpperCase()}`);

    await page.tap('出示二维码', cls('nut-button'));
    expect(navigated('navigateTo')).toEqual([`/staff/desk-pass/index?bookingId=${SALE_ID}`]);

    await page.tap('继续售票', cls('nut-button'));
    expect(await page.shows('票种与数量')).toBe(true);
    expect(total(page)).toBe('¥0');
  }, 20000);

  test('the card terminal sends its slip number and shows it with the sale', async () => {
    answers['desk.sell'] = vrSale(72, { order: { ...vrSale(72).order!, method: 'terminal' } });
    const page = await chooseVr();
    await step(page, '全价', '+');
    await page.tap('刷卡终端', cls('nut-radio'));
    expect(await page.shows('凭证号')).toBe(true);
    await page.input('nut-input-native', ' 004217 ');
    await collect(page);
    expect(await page.shows('收款成功，已出票')).toBe(true);
    expect(callsTo('desk.sell').map((c) => c.data)).toEqual([
      { slotId: 's-10', tickets: [{ ticketTypeId: 'adult' }], method: 'terminal', reference: '004217' },
    ]);
    expect(page.text()).toContain('刷卡终端（凭证号 004217）');
  }, 20000);

  test('退票 states what the rule gives back now, then refunds and shows it', async () => {
    // The rule the order was sold under counts (the resource's may have changed since).
    const later = { fullHoursBefore: 96, partialHoursBefore: 2, partialPercent: 30 };
    for (const [hoursAhead, rule, says] of [
      [72, PRICING.refund, '将退还 ¥200（现金），确定退票吗？'],
      [24, PRICING.refund, '将退还 ¥100（票款的50%，现金），确定退票吗？'],
      [72, later, '将退还 ¥60（票款的30%，现金），确定退票吗？'],
    ] as const) {
      const sale = vrSale(hoursAhead);
      answers['desk.sell'] = { ...sale, order: { ...sale.order!, refundRule: rule } };
      const page = await chooseVr();
      await step(page, '全价', '+');
      await collect(page);
      expect(await page.shows('已出票')).toBe(true);
      await page.tap('退票', cls('nut-button'));
      expect(await page.shows(says)).toBe(true);
      page.close();
    }
    expect(callsTo('desk.refund')).toEqual([]);

    const sold = vrSale(72);
    answers['desk.sell'] = sold;
    answers['desk.refund'] = () => ({
      ...sold,
      status: 'cancelled',
      actions: [],
      order: {
        ...sold.order!,
        status: 'refunded',
        lines: sold.order!.lines.map((l) => ({ ...l, cancelled: true })),
        refundedFen: 20000,
        refunds: [{ fen: 20000, settled: true, at: toIso(Date.now()) }],
      },
    });
    const page = await chooseVr();
    await step(page, '全价', '+');
    await collect(page);
    expect(await page.shows('已出票')).toBe(true);
    await page.tap('退票', cls('nut-button'));
    expect(await page.shows('将退还 ¥200（现金）')).toBe(true);
    await page.tap('确认退票');
    expect(await page.shows('已退票，退还¥200')).toBe(true);
    expect(callsTo('desk.refund').map((c) => c.data)).toEqual([{ bookingId: SALE_ID }]);
    expect(await page.shows('已退款')).toBe(true);
    expect(page.text()).toContain('已退票');
    expect(page.dom().querySelectorAll(cls('sale__returned'))).toHaveLength(3);
    // Nothing left to give back or to show at the gate.
    const buttons = Array.from(page.dom().querySelectorAll(cls('nut-button'))).map((b) => b.textContent?.trim());
    expect(buttons).not.toContain('退票');
    expect(buttons).not.toContain('出示二维码');
    expect(buttons).toContain('继续售票');
  }, 30000);

  test('a seated session takes the best seats together and shows them on the tickets', async () => {
    answers['resource.list'] = [THEATRE];
    slots = [{ ...slot('s-show', TODAY, '19:00'), resourceId: THEATRE.id }];
    answers['desk.sell'] = vrSale(72, {
      resourceName: THEATRE.name,
      attendees: [
        { id: 't1', name: '散客1', idMasked: '', seat: '一楼 1排1座' },
        { id: 't2', name: '散客2', idMasked: '', seat: '一楼 1排2座' },
      ],
      order: paidOrder([
        { attendeeId: 't1', ticketTypeName: '全价', priceFen: 12000, cancelled: false },
        { attendeeId: 't2', ticketTypeName: '全价', priceFen: 12000, cancelled: false },
      ]),
    });
    const page = openPage('staff/sell/index');
    expect(await page.shows('19:00–20:00')).toBe(true);
    await tapInRow(page, '19:00', '售票');
    expect(await page.shows('推荐座位')).toBe(true);
    await step(page, '全价', '+', 2);
    // The zones price the seats: the total before the sale is the types' prices.
    expect(total(page)).toBe('¥160');
    expect(page.text()).toContain('座位区票价以出票金额为准');

    // Switched off, the window cannot sell: it does not choose seats on the map.
    fire(page.dom().querySelector('wx-switch')!, 'change', { value: false });
    await settle();
    await collect(page);
    expect(await page.shows('窗口售票请开启推荐座位')).toBe(true);
    expect(callsTo('desk.sell')).toEqual([]);

    fire(page.dom().querySelector('wx-switch')!, 'change', { value: true });
    await settle();
    expect(page.text()).not.toContain('窗口售票请开启推荐座位');
    await collect(page);
    expect(await page.shows('已出票')).toBe(true);
    expect(callsTo('desk.sell').map((c) => c.data)).toEqual([
      {
        slotId: 's-show',
        tickets: [{ ticketTypeId: 'adult' }, { ticketTypeId: 'adult' }],
        bestSeats: true,
        method: 'cash',
      },
    ]);
    expect(page.text()).toContain('一楼 1排1座');
    expect(page.text()).toContain('一楼 1排2座');
    expect(page.text()).toContain('¥240');
  }, 20000);

  test('no ticket sends nothing; a session sold out meanwhile is said and shown sold out', async () => {
    answers['desk.sell'] = () => {
      slots = [{ ...slots[0], remaining: 0, status: 'full' }, slots[1]];
      return fails('SLOT_FULL', '该场次已售罄');
    };
    const page = await chooseVr();
    await collect(page);
    expect(await page.shows('请选择票')).toBe(true);
    expect(callsTo('desk.sell')).toEqual([]);

    await step(page, '学生', '+');
    expect(page.text()).not.toContain('请选择票');
    await collect(page);
    expect(await page.shows('该场次已售罄')).toBe(true);
    expect(await page.shows('已约满')).toBe(true);
    expect(page.text()).toContain('余 0 / 30');
    expect(page.text()).not.toContain('已出票');

    await page.tap('更换场次');
    expect(await page.shows('售票项目')).toBe(true);
  }, 20000);

  test('opened for a session from the roster: that session’s form', async () => {
    answers['checkin.roster'] = {
      slot: {
        slotId: 's-10',
        resourceId: PRICED.id,
        resourceName: PRICED.name,
        start: slots[0].start,
        end: slots[0].end,
        status: 'open',
        booked: 18,
        checkedIn: 3,
        pending: 15,
      },
      bookings: [],
    };
    const page = openPage('staff/sell/index', { slotId: 's-10' });
    expect(await page.shows('票种与数量')).toBe(true);
    expect(callsTo('checkin.roster').map((c) => c.data)).toEqual([{ slotId: 's-10' }]);
    expect(await page.shows('余 12 / 30')).toBe(true);
    expect(page.text()).toContain('VR飞行体验');
  }, 20000);

  test('someone without the staff role is told so', async () => {
    roles = [{ role: 'handler', departmentId: 'dept-exhibition' }];
    const page = openPage('staff/sell/index');
    expect(await page.shows('仅现场服务人员可窗口售票')).toBe(true);
    expect(callsTo('resource.list')).toEqual([]);
  }, 20000);

  test('the workbench opens 窗口售票 and 售票日报', async () => {
    const page = openPage('pages/staff/index');
    expect(await page.shows('窗口售票')).toBe(true);
    await page.tap('窗口售票');
    await page.tap('售票日报');
    expect(await waitFor(() => navigated('navigateTo').length === 2)).toBe(true);
    expect(navigated('navigateTo')).toEqual(['/staff/sell/index', '/staff/statement/index']);
  }, 20000);
});

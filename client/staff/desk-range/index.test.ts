/**
 * 客户预约 (weapp build; seed 004): customer service books a resource by the hour for a customer who phoned or
 * wrote. The resources booked by the hour at the staff member's venue (name, kind, seats), the days up to the
 * customers' longer horizon, the day's grid (the staff member's own bookings are just taken time), a range
 * tapped from its first cell to its last, then the customer: name, phone, company, needs, purpose, headcount,
 * and the ID only where the resource is real-name; desk.bookRange, then the pass. What is missing shows at
 * the fields before anything is sent, the server's field errors beside them; a taken range shows the offers,
 * each one tap away. Needs `npm run build:weapp` first.
 */
import type { BookingView, ResourceView, RoleGrant } from '@shared/contract';
import { monthDay } from '@shared/dates';
import { residentIdCheckChar } from '@shared/rules/idDocument';
import { addDays } from '@shared/time';
import { closedOnWeekdayOf, greyedDays, openEveryDay } from '../../components/IntervalBooking/testing';
import {
  RESOURCE,
  ROOM,
  TODAY,
  TOMORROW,
  cellRow,
  cellState,
  offer,
  roomBooking,
  roomDay,
  tapCell,
} from '../../booking/testing';
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

const FIRST17 = '11010119900307123';
const ID_NUMBER = FIRST17 + residentIdCheckChar(FIRST17);
const CONSENT = '已向客户说明个人信息保护说明，并征得其同意';

const ROOM_B: ResourceView = {
  ...ROOM,
  id: 'r-room-b',
  name: '会议室B',
  location: 'A座5楼',
  policy: { ...ROOM.policy, interval: { ...ROOM.policy.interval, capacity: 20 } },
};
/** 产品展厅: customers may book it 14 days further ahead than colleagues. */
const SHOWROOM: ResourceView = {
  ...ROOM,
  id: 'r-showroom',
  name: '产品展厅',
  kind: 'showroom',
  location: 'B座1楼',
  policy: { ...ROOM.policy, interval: { ...ROOM.policy.interval, capacity: 30, customerExtraDays: 14 } },
};
/** A resource booked by slots at the same venue: not offered here. */
const TOUR: ResourceView = { ...RESOURCE, id: 'r-tour', venueId: ROOM.venueId, name: '园区参观' };

const BOOKED: BookingView = roomBooking({
  id: 'bk_5e1c7a9d2b4f60',
  actions: ['pass'],
  desk: {
    name: '张伟',
    phoneMasked: '139****2222',
    company: '星海科技有限公司',
    bookedBy: { ref: 'p-1', name: '李娜', idMasked: '—' },
  },
});

/** desk.bookRange's data for 会议室A tomorrow 10:00–11:15 (10:00 then 11:00 on the 15-minute grid). */
const REQUESTED = {
  resourceId: ROOM.id,
  start: `${TOMORROW}T10:00:00+08:00`,
  end: `${TOMORROW}T11:15:00+08:00`,
  purpose: '产品演示',
  headcount: 8,
  name: '张伟',
  phone: '13900002222',
  company: '星海科技有限公司',
  needs: '需要投影和茶歇',
};

let roles: RoleGrant[];
let resources: ResourceView[];

/**
 * 会议室A's day as the function answers customer service for a customer (`for: 'customer'`): free in the
 * morning, 14:00–15:00 held by someone else, 16:00–16:30 by the staff member themselves (for the customer just
 * taken time); bookable up to the customers' horizon, `customerExtraDays` beyond the employees' week.
 */
function dayOf(resourceId: string, date: string) {
  const interval = resources.find((r) => r.id === resourceId)?.policy.interval;
  const base = roomDay(date, { resourceId, capacity: interval?.capacity });
  const latestDate = addDays(base.latestDate, interval?.customerExtraDays ?? 0);
  return {
    ...base,
    latestDate,
    cells: base.cells.map((c) => {
      const time = c.start.slice(11, 16);
      return {
        ...c,
        free: (time >= '14:00' && time < '15:00') || c.mine ? 0 : 1,
        mine: false,
        bookable: date >= base.earliestDate && date <= latestDate,
      };
    }),
  };
}

beforeAll(startApp);
beforeEach(() => {
  reset();
  roles = [{ role: 'staff', venueId: ROOM.venueId }];
  // Open every day, as their days are drawn: the days greyed on the strip are the tests' own.
  resources = [...[ROOM, ROOM_B, SHOWROOM].map((r) => openEveryDay(r)), TOUR];
  answers['user.me'] = () => ({ openid: 'o-staff', roles, credit: { noShows: 0 }, privacyConsent: null });
  answers['venue.list'] = [
    { id: ROOM.venueId, name: '创新园区', kind: 'company' },
    { id: RESOURCE.venueId, name: '星河科技馆', kind: 'museum' },
  ];
  answers['resource.list'] = (data: Record<string, unknown>) => resources.filter((r) => r.venueId === data.venueId);
  answers['resource.day'] = (data: Record<string, unknown>) => dayOf(data.resourceId as string, data.date as string);
});
afterEach(closePages);

async function open() {
  const page = openPage('staff/desk-range/index');
  if (!(await page.shows('会议室A'))) throw new Error(`the page did not load: ${page.text()}`);
  if (!(await waitFor(() => cellRow(page, '11:00') !== null && callsTo('resource.day').length === 2)))
    throw new Error(`the day did not load: ${page.text()}`);
  return page;
}

/** Fills the customer in (the ID, where asked, is the caller's to fill). */
async function fill(page: RenderedPage, { realName = false } = {}) {
  const after = realName ? 1 : 0;
  await page.input('nut-input-native', REQUESTED.name, 0);
  await page.input('nut-input-native', REQUESTED.phone, 1);
  await page.input('nut-input-native', REQUESTED.company, 2);
  await page.input('nut-input-native', REQUESTED.purpose, 3 + after);
  await page.input('nut-input-native', String(REQUESTED.headcount), 4 + after);
  await page.input('staff-form__textarea', REQUESTED.needs);
  await page.tap(CONSENT, cls('nut-checkbox'));
}

/** Taps the day of `date` in the strip. */
async function tapDate(page: RenderedPage, date: string) {
  const item = Array.from(page.dom().querySelectorAll(cls('date-strip__item'))).find(
    (el) => el.querySelector(cls('date-strip__date'))?.textContent?.trim() === monthDay(date),
  );
  if (!item) throw new Error(`no day ${date} in the strip`);
  fire(item, 'tap');
  await settle();
}

const submit = (page: RenderedPage) => page.tap('提交预约', cls('nut-button'));

/** Taps 预约此项 in the offer of `resourceName`. */
async function tapOffer(page: RenderedPage, resourceName: string) {
  const row = Array.from(page.dom().querySelectorAll(cls('interval-offers__row'))).find((r) =>
    r.textContent?.startsWith(`${resourceName} ·`),
  );
  const button = row?.querySelector(cls('nut-button'));
  if (!button) throw new Error(`no offer of ${resourceName}`);
  fire(button, 'tap');
  await settle();
}

describe('客户预约 (weapp build)', () => {
  test('the venue’s resources booked by the hour and the first bookable day’s grid', async () => {
    const page = await open();
    const text = page.text();
    for (const shown of ['会议室A', '会议室B', '产品展厅', '会议室', '展厅', '可容纳12人', '可容纳20人', 'A座3楼'])
      expect(text).toContain(shown);
    // Only the staff member's venue, and nothing booked by slots.
    expect(text).not.toContain('园区参观');
    expect(text).not.toContain('星河科技馆');
    expect(callsTo('resource.list').map((c) => c.data)).toEqual([{ venueId: ROOM.venueId }]);
    // Today is before the first bookable date: the page opens on it.
    // Asked for the customer: the function answers with their window, and no booking of the staff member's own.
    expect(callsTo('resource.day').map((c) => c.data)).toEqual([
      { resourceId: ROOM.id, date: TODAY, for: 'customer' },
      { resourceId: ROOM.id, date: TOMORROW, for: 'customer' },
    ]);
    expect(page.find(monthDay(TOMORROW), cls('date-strip__item--active'))?.textContent).toContain(monthDay(TOMORROW));
    // From today to the last bookable date (会议室A gives customers no extra days).
    expect(page.dom().querySelectorAll(cls('date-strip__item'))).toHaveLength(8);
    expect(cellState(page, '10:00')).toBe('可预约');
    expect(cellState(page, '14:00')).toBe('已占用');
    // The staff member's own booking is, for the customer, just taken time.
    expect(cellState(page, '16:00')).toBe('已占用');
    expect(text).toContain('点选开始时间，再点选结束时间');
    expect(text).toContain('最多12人');
    expect(text).not.toContain('证件号码');
  }, 20000);

  test('10:00 then 11:00 and the customer: desk.bookRange with exactly the range and the customer, then the pass', async () => {
    answers['desk.bookRange'] = BOOKED;
    const page = await open();
    await tapCell(page, '10:00');
    await tapCell(page, '11:00');
    expect(await page.shows('已选 10:00–11:15 · 75分钟')).toBe(true);
    await fill(page);
    await submit(page);
    expect(await page.shows('预约成功')).toBe(true);
    expect(callsTo('desk.bookRange').map((c) => c.data)).toEqual([REQUESTED]);
    expect(await waitFor(() => navigated('redirectTo').length === 1)).toBe(true);
    expect(navigated('redirectTo')).toEqual(['/staff/desk-pass/index?bookingId=bk_5e1c7a9d2b4f60']);
  }, 20000);

  test('what is missing shows at the fields before anything is sent; the server’s field errors too', async () => {
    const page = await open();
    await tapCell(page, '10:00');
    await tapCell(page, '11:00');
    await page.input('nut-input-native', '13', 4);
    await submit(page);
    expect(await page.shows('请填写姓名')).toBe(true);
    const text = page.text();
    for (const said of [
      '请输入11位中国大陆手机号',
      '请填写公司名称',
      '请填写使用目的',
      '最多12人',
      '请向对方说明个人信息保护说明并征得同意',
    ])
      expect(text).toContain(said);
    expect(page.find('请填写公司名称', cls('field__error'))).not.toBeNull();
    expect(page.find('最多12人', cls('field__error'))).not.toBeNull();
    expect(callsTo('desk.bookRange')).toEqual([]);

    await fill(page);
    answers['desk.bookRange'] = fails('INVALID_INPUT', '填写的信息有误，请检查后重试', {
      fields: [{ path: 'data.company', message: '公司名称含有不允许的内容' }],
    });
    await submit(page);
    expect(await waitFor(() => page.find('公司名称含有不允许的内容', cls('field__error')) !== null)).toBe(true);
    expect(page.text()).not.toContain('请填写姓名');

    // A refusal of the range itself shows under the day until another range is chosen.
    answers['desk.bookRange'] = fails('INVALID_INPUT', '开放时间为09:00–17:00', {
      fields: [{ path: 'data.end', message: '开放时间为09:00–17:00' }],
    });
    await submit(page);
    expect(await waitFor(() => page.find('开放时间为09:00–17:00', cls('interval-booking__error')) !== null)).toBe(true);
    await tapCell(page, '09:00');
    expect(page.find('开放时间为09:00–17:00', cls('interval-booking__error'))).toBeNull();

    // Any other refusal is said in its own words.
    await tapCell(page, '09:30');
    answers['desk.bookRange'] = fails('FORBIDDEN', '只能为本场馆的资源代为预约');
    await submit(page);
    expect(await page.shows('只能为本场馆的资源代为预约')).toBe(true);
    expect(navigated('redirectTo')).toEqual([]);
  }, 20000);

  test('a real-name resource asks for the customer’s ID and sends it', async () => {
    resources = [{ ...ROOM, policy: { ...ROOM.policy, realName: true } }];
    answers['desk.bookRange'] = BOOKED;
    const page = await open();
    expect(page.text()).toContain('证件类型');
    expect(page.text()).toContain('证件号码');
    await tapCell(page, '10:00');
    await tapCell(page, '11:00');
    await fill(page, { realName: true });
    await submit(page);
    expect(await page.shows('请填写证件号码')).toBe(true);
    expect(callsTo('desk.bookRange')).toEqual([]);

    await page.input('nut-input-native', ID_NUMBER, 3);
    await submit(page);
    expect(await page.shows('预约成功')).toBe(true);
    expect(callsTo('desk.bookRange').map((c) => c.data)).toEqual([
      { ...REQUESTED, idType: 'id_card', idNumber: ID_NUMBER },
    ]);
    expect(await waitFor(() => navigated('redirectTo').length === 1)).toBe(true);
  }, 20000);

  test('a taken range shows the offers; 预约此项 books one for the same customer', async () => {
    const OTHER_ROOM = offer(TOMORROW, '10:00', '11:15', {
      resourceId: ROOM_B.id,
      resourceName: ROOM_B.name,
      location: ROOM_B.location,
      capacity: 20,
    });
    const LATER = offer(TOMORROW, '11:30', '12:45');
    answers['desk.bookRange'] = (data: Record<string, unknown>) =>
      data.resourceId === ROOM.id && data.start === REQUESTED.start
        ? fails('SLOT_FULL', '该时段已约满，请选择其他时段', { alternatives: [LATER, OTHER_ROOM] })
        : { ...BOOKED, id: 'bk_room_b', resourceId: ROOM_B.id, resourceName: ROOM_B.name };
    const page = await open();
    await tapCell(page, '10:00');
    await tapCell(page, '11:00');
    await fill(page);
    await submit(page);
    expect(await page.shows('该时间已被预约，可选择以下时间或场地')).toBe(true);
    const text = page.text();
    expect(text).toContain('会议室A · 11:30–12:45 · 可容纳12人');
    expect(text).toContain('会议室B · 10:00–11:15 · 可容纳20人');
    // The offers are the answer: no toast over them; the range is let go of and the day loaded again.
    expect(text).not.toContain('该时段已约满');
    expect(text).toContain('请选择时间');
    // (Today, then the first bookable date, again.)
    expect(await waitFor(() => callsTo('resource.day').length === 4)).toBe(true);

    await tapOffer(page, '会议室B');
    expect(await waitFor(() => callsTo('desk.bookRange').length === 2)).toBe(true);
    expect(callsTo('desk.bookRange').map((c) => c.data)).toEqual([
      REQUESTED,
      { ...REQUESTED, resourceId: ROOM_B.id, start: OTHER_ROOM.start, end: OTHER_ROOM.end },
    ]);
    expect(await page.shows('预约成功')).toBe(true);
    expect(await waitFor(() => navigated('redirectTo').length === 1)).toBe(true);
    expect(navigated('redirectTo')).toEqual(['/staff/desk-pass/index?bookingId=bk_room_b']);
  }, 20000);

  test('customers book further ahead: the strip runs to their horizon, and its days can be booked', async () => {
    answers['desk.bookRange'] = { ...BOOKED, resourceId: SHOWROOM.id, resourceName: SHOWROOM.name };
    const page = await open();
    await page.tap('产品展厅');
    expect(await waitFor(() => callsTo('resource.day').at(-1)?.data?.resourceId === SHOWROOM.id)).toBe(true);
    // To the employees' last date (a week ahead) and 14 days more.
    expect(await waitFor(() => page.dom().querySelectorAll(cls('date-strip__item')).length === 22)).toBe(true);
    expect(page.text()).toContain('最多30人');

    const far = addDays(TODAY, 20);
    answers['resource.day'] = (data: Record<string, unknown>) => {
      const day = dayOf(data.resourceId as string, data.date as string);
      if (data.date !== far) return day;
      return { ...day, cells: day.cells.map((c) => (c.start.slice(11, 13) === '09' ? { ...c, free: 0 } : c)) };
    };
    await tapDate(page, far);
    expect(await waitFor(() => callsTo('resource.day').at(-1)?.data?.date === far)).toBe(true);
    // (That day's 09:00 is taken: the grid shown is that day's.)
    expect(await waitFor(() => cellState(page, '09:00') === '已占用')).toBe(true);
    expect(cellState(page, '10:00')).toBe('可预约');
    await tapCell(page, '10:00');
    await tapCell(page, '11:00');
    await fill(page);
    await submit(page);
    expect(await page.shows('预约成功')).toBe(true);
    expect(callsTo('desk.bookRange').map((c) => c.data)).toEqual([
      { ...REQUESTED, resourceId: SHOWROOM.id, start: `${far}T10:00:00+08:00`, end: `${far}T11:15:00+08:00` },
    ]);
    expect(await waitFor(() => navigated('redirectTo').length === 1)).toBe(true);
  }, 20000);

  test('the days the chosen resource is closed are greyed and cannot be chosen; another resource greys its own', async () => {
    const closed = addDays(TOMORROW, 2);
    // 会议室A is closed on the weekday of `closed`, 产品展厅 on the one after.
    resources = [closedOnWeekdayOf(ROOM, closed), closedOnWeekdayOf(SHOWROOM, addDays(closed, 1))];
    const page = await open();
    // From today to a week ahead: that weekday comes once.
    expect(greyedDays(page)).toEqual([monthDay(closed)]);
    await tapDate(page, closed);
    await settle(100);
    expect(callsTo('resource.day')).toHaveLength(2);
    expect(page.find(monthDay(TOMORROW), cls('date-strip__item--active'))).not.toBeNull();

    await page.tap('产品展厅');
    expect(await waitFor(() => page.dom().querySelectorAll(cls('date-strip__item')).length === 22)).toBe(true);
    // Over its three weeks, its own closed weekday comes three times.
    expect(greyedDays(page)).toEqual([1, 8, 15].map((d) => monthDay(addDays(closed, d))));
  }, 20000);

  test('someone without the staff role is told so; a venue with nothing booked by the hour says so', async () => {
    roles = [{ role: 'handler', departmentId: 'dept-exhibition' }];
    let page = openPage('staff/desk-range/index');
    expect(await page.shows('仅现场服务人员可为客户预约')).toBe(true);
    expect(callsTo('resource.list')).toEqual([]);
    page.close();

    roles = [{ role: 'staff', venueId: ROOM.venueId }];
    resources = [TOUR];
    page = openPage('staff/desk-range/index');
    expect(await page.shows('暂无按小时预约的资源')).toBe(true);
  }, 20000);
});

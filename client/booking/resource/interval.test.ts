/**
 * 选择时段 of a resource booked by the hour (weapp build; seed 004: meeting rooms): the bookable days from the
 * first one resource.day names, the day's grid (free, taken, the caller's own, not bookable), a range tapped
 * from its first cell to its last, 使用目的 and 人数, and booking.create with the range's instants; a taken
 * range shows what is offered instead, each one tap away; attendees only on a real-name resource. Needs
 * `npm run build:weapp` first.
 */
import { monthDay } from '@shared/dates';
import { addDays } from '@shared/time';
import {
  answers,
  callsTo,
  closePages,
  cls,
  fails,
  navigated,
  openPage,
  fire,
  reset,
  settle,
  startApp,
  waitFor,
  type RenderedPage,
} from '../../testing/weappPage';
import { closedOnWeekdayOf, greyedDays, openEveryDay } from '../../components/IntervalBooking/testing';
import {
  ATTENDEE,
  ME,
  ROOM,
  TODAY,
  TOMORROW,
  at,
  cellRow,
  cellState,
  offer,
  roomBooking,
  roomDay,
  tapCell,
} from '../testing';

const QUERY = { resourceId: ROOM.id, venueId: ROOM.venueId };

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = ME;
  // Open every day, as its days are drawn: the days greyed on the strip are the tests' own.
  answers['resource.list'] = [openEveryDay(ROOM)];
  answers['resource.day'] = (data: Record<string, unknown>) => roomDay(data.date as string);
  answers['notify.templates'] = [];
});
afterEach(closePages);

async function open() {
  // Today, then the first bookable date.
  const days = callsTo('resource.day').length + 2;
  const page = openPage('booking/resource/index', QUERY);
  if (!(await page.shows('会议室A'))) throw new Error(`the page did not load: ${page.text()}`);
  if (!(await waitFor(() => cellRow(page, '14:00') !== null && callsTo('resource.day').length === days)))
    throw new Error(`the day did not load: ${page.text()}`);
  return page;
}

/** Taps 14:00 then 15:00 (14:00–15:15) and fills in the purpose and the headcount. */
async function chooseAndFill(page: RenderedPage, purpose = '项目周会', headcount = '8') {
  await tapCell(page, '14:00');
  await tapCell(page, '15:00');
  await page.input('nut-input-native', purpose, 0);
  await page.input('nut-input-native', headcount, 1);
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

/** booking.create's data for 会议室A tomorrow 14:00–15:15, as the page must send it. */
const REQUESTED = {
  resourceId: ROOM.id,
  start: `${TOMORROW}T14:00:00+08:00`,
  end: `${TOMORROW}T15:15:00+08:00`,
  purpose: '项目周会',
  headcount: 8,
};

describe('选择时段 by the hour (weapp build)', () => {
  test('shows the first bookable day’s grid: free, taken, the caller’s own and the rules of the room', async () => {
    const page = await open();
    // Today is before the first bookable date: the page moves on to it.
    expect(callsTo('resource.day').map((c) => c.data)).toEqual([
      { resourceId: ROOM.id, date: TODAY },
      { resourceId: ROOM.id, date: TOMORROW },
    ]);
    expect(callsTo('attendee.list')).toEqual([]);
    expect(cellState(page, '09:00')).toBe('可预约');
    expect(cellState(page, '10:00')).toBe('已占用');
    expect(cellState(page, '10:45')).toBe('已占用');
    expect(cellState(page, '11:00')).toBe('可预约');
    expect(cellState(page, '16:00')).toBe('我的预约');
    expect(cellState(page, '17:45')).toBe('可预约');
    expect(page.dom().querySelectorAll(cls('interval-day__cell'))).toHaveLength(36);
    const text = page.text();
    expect(text).toContain('A座3楼');
    expect(text).toContain('每次可预约30分钟至4小时，以15分钟为单位');
    expect(text).toContain('须至少提前1个工作日预约，最多提前7天');
    expect(text).toContain('最多12人');
    expect(text).toContain('点选开始时间，再点选结束时间');
    // No slot list and no attendees on a room booked by the hour.
    expect(page.find('当天没有可预约的时段')).toBeNull();
    expect(text).not.toContain('选择参观人');
    // The strip runs from the first bookable date to the last.
    expect(page.find('明天', cls('date-strip__item'))).not.toBeNull();
    expect(page.find('今天', cls('date-strip__item'))).toBeNull();
    expect(page.dom().querySelectorAll(cls('date-strip__item'))).toHaveLength(7);
  }, 20000);

  test('14:00 then 15:00 on the 15-minute grid books 14:00–15:15 with the purpose and headcount, then opens it', async () => {
    answers['booking.create'] = roomBooking();
    const page = await open();
    await tapCell(page, '14:00');
    expect(await page.shows('已选 14:00–14:15 · 15分钟，请点选结束时间')).toBe(true);
    await tapCell(page, '15:00');
    expect(await page.shows('已选 14:00–15:15 · 75分钟')).toBe(true);
    expect(['14:00', '14:45', '15:00'].map((t) => cellState(page, t))).toEqual(['已选', '已选', '已选']);
    expect(cellState(page, '15:15')).toBe('可预约');
    await page.input('nut-input-native', '项目周会', 0);
    await page.input('nut-input-native', '8', 1);

    await submit(page);
    expect(await page.shows('预约成功')).toBe(true);
    expect(callsTo('booking.create').map((c) => c.data)).toEqual([REQUESTED]);
    expect(REQUESTED.start).toBe(at(TOMORROW, '14:00'));
    expect(await waitFor(() => navigated('navigateTo').length > 0, 3000)).toBe(true);
    expect(navigated('navigateTo')).toEqual(['/booking/detail/index?bookingId=b-room']);
    // Back on the page, the range is let go of and the form is empty again.
    expect(page.text()).toContain('请选择时间');
    expect(cellState(page, '14:00')).toBe('可预约');
  }, 20000);

  test('a booking the room must approve says it waits for the review', async () => {
    answers['resource.list'] = [{ ...ROOM, policy: { ...ROOM.policy, requiresApproval: true } }];
    answers['booking.create'] = roomBooking({ status: 'pending_approval' });
    const page = await open();
    expect(page.text()).toContain('预约需经审核');
    await chooseAndFill(page);
    await submit(page);
    expect(await page.shows('已提交，待审核')).toBe(true);
    expect(await waitFor(() => navigated('navigateTo').length > 0, 3000)).toBe(true);
    expect(navigated('navigateTo')).toEqual(['/booking/detail/index?bookingId=b-room']);
  }, 20000);

  test('a range over a taken cell is refused with a toast; taken and own cells do not start one; the next tap starts again', async () => {
    const page = await open();
    await tapCell(page, '10:00');
    expect(await page.shows('10:00 已被占用')).toBe(true);
    await tapCell(page, '16:15');
    expect(await page.shows('16:15 已有您的预约')).toBe(true);
    expect(page.text()).toContain('点选开始时间，再点选结束时间');

    await tapCell(page, '09:30');
    await tapCell(page, '10:30');
    expect(await page.shows('所选时间内 10:00 已被占用，请重新选择')).toBe(true);
    // Still waiting for the end of the range from 09:30.
    expect(page.text()).toContain('已选 09:30–09:45 · 15分钟，请点选结束时间');
    await tapCell(page, '09:45');
    expect(page.text()).toContain('已选 09:30–10:00 · 30分钟');
    // The tap after a whole range starts a new one; an end before the start makes the range from it.
    await tapCell(page, '13:00');
    await tapCell(page, '12:00');
    expect(page.text()).toContain('已选 12:00–13:15 · 75分钟');
    expect(cellState(page, '09:30')).toBe('可预约');
  }, 20000);

  test('what the form misses is said at its fields before anything is sent; a range under the shortest use is toasted', async () => {
    const page = await open();
    await tapCell(page, '14:00');
    await tapCell(page, '14:00');
    await submit(page);
    expect(await page.shows('每次至少预约30分钟')).toBe(true);
    await tapCell(page, '14:00');
    await tapCell(page, '15:00');
    await page.input('nut-input-native', '13', 1);
    await submit(page);
    expect(await page.shows('请填写使用目的')).toBe(true);
    expect(page.text()).toContain('最多12人');
    expect(page.find('最多12人', cls('field__error'))).not.toBeNull();
    expect(callsTo('booking.create')).toEqual([]);
  }, 20000);

  test('a taken range shows the offers; 预约此项 books one with the same purpose and headcount', async () => {
    const ROOM_B = offer(TOMORROW, '14:00', '15:15', {
      resourceId: 'r-room-b',
      resourceName: '会议室B',
      location: 'B座2楼',
    });
    const LATER = offer(TOMORROW, '15:30', '16:45');
    const NEXT_DAY = offer(addDays(TOMORROW, 1), '14:00', '15:15');
    answers['booking.create'] = (data: Record<string, unknown>) =>
      data.resourceId === ROOM.id && data.start === REQUESTED.start
        ? fails('SLOT_FULL', '该时段已约满，请选择其他时段', { alternatives: [LATER, ROOM_B, NEXT_DAY] })
        : roomBooking({ id: 'b-room-b', resourceId: 'r-room-b', resourceName: '会议室B' });
    const page = await open();
    await chooseAndFill(page);
    await submit(page);
    expect(await page.shows('该时间已被预约，可选择以下时间或场地')).toBe(true);
    const text = page.text();
    expect(text).toContain('会议室A · 15:30–16:45 · 可容纳12人');
    expect(text).toContain('会议室B · 14:00–15:15 · 可容纳12人');
    expect(text).toContain('B座2楼');
    expect(text).toMatch(/会议室A · \d+月\d+日 周. 14:00–15:15 · 可容纳12人/);
    // The offers are the answer to the refusal: no toast over them; the day is loaded again to show it taken.
    expect(text).not.toContain('该时段已约满');
    expect(await waitFor(() => callsTo('resource.day').length === 4)).toBe(true);
    expect(text).toContain('请选择时间');

    await tapOffer(page, '会议室B');
    expect(await waitFor(() => callsTo('booking.create').length === 2)).toBe(true);
    expect(callsTo('booking.create').map((c) => c.data)).toEqual([
      REQUESTED,
      { ...REQUESTED, resourceId: 'r-room-b', start: ROOM_B.start, end: ROOM_B.end },
    ]);
    expect(await page.shows('预约成功')).toBe(true);
    expect(await waitFor(() => navigated('navigateTo').length > 0, 3000)).toBe(true);
    expect(navigated('navigateTo')).toEqual(['/booking/detail/index?bookingId=b-room-b']);
  }, 20000);

  test('a refusal other than a taken range is toasted; the function’s field messages show at their fields', async () => {
    answers['booking.create'] = fails('BOOKING_CLOSED', '须至少提前1个工作日预约');
    const page = await open();
    await chooseAndFill(page);
    await submit(page);
    expect(await page.shows('须至少提前1个工作日预约')).toBe(true);
    expect(page.text()).not.toContain('该时间已被预约');
    // Not a stale refusal: the day is not loaded again, the range stays chosen.
    expect(callsTo('resource.day')).toHaveLength(2);
    expect(page.text()).toContain('已选 14:00–15:15 · 75分钟');

    answers['booking.create'] = fails('INVALID_INPUT', '填写的信息有误，请检查后重试', {
      fields: [{ path: 'data.purpose', message: '使用目的含有不允许的内容' }],
    });
    await submit(page);
    expect(await page.shows('使用目的含有不允许的内容')).toBe(true);
    expect(page.find('使用目的含有不允许的内容', cls('field__error'))).not.toBeNull();

    // A refusal of the range itself shows under the day until another range is chosen.
    answers['booking.create'] = fails('INVALID_INPUT', '开放时间为09:00–17:00', {
      fields: [{ path: 'data.start', message: '开放时间为09:00–17:00' }],
    });
    await submit(page);
    expect(await waitFor(() => page.find('开放时间为09:00–17:00', cls('interval-booking__error')) !== null)).toBe(true);
    await tapCell(page, '11:00');
    expect(page.find('开放时间为09:00–17:00', cls('interval-booking__error'))).toBeNull();
    expect(navigated('navigateTo')).toEqual([]);
  }, 20000);

  test('a real-name room asks for the attendees and books the ticked ones', async () => {
    answers['resource.list'] = [{ ...ROOM, policy: { ...ROOM.policy, realName: true } }];
    answers['attendee.list'] = [ATTENDEE];
    answers['booking.create'] = roomBooking();
    const page = await open();
    expect(await page.shows('王小明')).toBe(true);
    expect(page.text()).toContain('选择参观人');
    await chooseAndFill(page);
    await submit(page);
    expect(await page.shows('请选择参观人')).toBe(true);
    expect(callsTo('booking.create')).toEqual([]);
    await page.tap('王小明', cls('nut-checkbox'));
    await submit(page);
    expect(await page.shows('预约成功')).toBe(true);
    expect(callsTo('booking.create').map((c) => c.data)).toEqual([{ ...REQUESTED, attendeeIds: [ATTENDEE.id] }]);
    expect(await waitFor(() => navigated('navigateTo').length > 0, 3000)).toBe(true);
  }, 20000);

  test('a day the room is closed says so; choosing another day drops the range', async () => {
    const closed = addDays(TOMORROW, 1);
    answers['resource.day'] = (data: Record<string, unknown>) =>
      data.date === closed ? roomDay(closed, { hours: null, cells: [] }) : roomDay(data.date as string);
    const page = await open();
    await tapCell(page, '14:00');
    await page.tap(monthDay(closed), cls('date-strip__item'));
    expect(await page.shows('该日不开放')).toBe(true);
    expect(callsTo('resource.day').at(-1)?.data).toEqual({ resourceId: ROOM.id, date: closed });
    expect(page.text()).toContain('请选择时间');
    await page.tap(monthDay(TOMORROW), cls('date-strip__item'));
    expect(await waitFor(() => cellRow(page, '14:00') !== null)).toBe(true);
    expect(cellState(page, '14:00')).toBe('可预约');
  }, 20000);

  test('the days the room is closed are greyed on the strip and cannot be chosen', async () => {
    // Closed every week on the weekday of the day after next (no hours that weekday).
    const closed = addDays(TOMORROW, 2);
    answers['resource.list'] = [closedOnWeekdayOf(ROOM, closed)];
    const page = await open();
    expect(greyedDays(page)).toEqual([monthDay(closed)]);
    const asked = callsTo('resource.day').length;
    await page.tap(monthDay(closed), cls('date-strip__item'));
    await settle(100);
    expect(callsTo('resource.day')).toHaveLength(asked);
    expect(page.find(monthDay(TOMORROW), cls('date-strip__item--active'))).not.toBeNull();
    // An open day is chosen as ever.
    await page.tap(monthDay(addDays(TOMORROW, 1)), cls('date-strip__item'));
    expect(await waitFor(() => callsTo('resource.day').at(-1)?.data?.date === addDays(TOMORROW, 1))).toBe(true);
    // On a room open every day nothing is greyed.
    page.close();
    answers['resource.list'] = [openEveryDay(ROOM)];
    expect(greyedDays(await open())).toEqual([]);
  }, 20000);

  test('the caller books as themselves: the booker is their profile, and without one the page leads to 个人资料', async () => {
    answers['user.me'] = { ...ME, profile: { name: '李雷', phoneMasked: '139****0000' } };
    let page = await open();
    expect(await page.shows('李雷 139****0000')).toBe(true);
    expect(page.text()).toContain('预约人');
    page.close();

    answers['user.me'] = { ...ME, profile: null };
    page = await open();
    expect(await page.shows('以本人名义预约，请先填写姓名和电话 ›')).toBe(true);
    await page.tap('以本人名义预约，请先填写姓名和电话 ›');
    expect(navigated('navigateTo')).toEqual(['/profile/edit/index']);
  }, 20000);

  test('opening on a day with no time left moves on to the next day with some; hours over are one row', async () => {
    const after = addDays(TOMORROW, 1);
    answers['resource.day'] = (data: Record<string, unknown>) => {
      const date = data.date as string;
      if (date === TODAY) return roomDay(TODAY, { earliestDate: TODAY, hours: null, cells: [] });
      if (date === TOMORROW)
        return roomDay(TOMORROW, {
          earliestDate: TODAY,
          cells: roomDay(TOMORROW).cells.map((c) => ({ ...c, free: 0 })),
        });
      // A day whose morning is over: yesterday's cells stand for hours already past.
      const over = roomDay(addDays(TODAY, -1))
        .cells.slice(0, 20)
        .map((c) => ({ ...c, bookable: false }));
      return roomDay(date, { earliestDate: TODAY, cells: [...over, ...roomDay(date).cells.slice(20)] });
    };
    const page = openPage('booking/resource/index', QUERY);
    expect(await waitFor(() => cellRow(page, '14:00') !== null)).toBe(true);
    expect(callsTo('resource.day').map((c) => c.data)).toEqual([
      { resourceId: ROOM.id, date: TODAY },
      { resourceId: ROOM.id, date: TOMORROW },
      { resourceId: ROOM.id, date: after },
    ]);
    expect(page.find(monthDay(after), cls('date-strip__item--active'))).not.toBeNull();
    expect(page.text()).toContain('09:00–14:00 已过');
    expect(cellRow(page, '09:00')).toBeNull();
    expect(cellState(page, '14:00')).toBe('可预约');
  }, 20000);
});

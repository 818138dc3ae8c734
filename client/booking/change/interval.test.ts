/**
 * 改期 of a booking by the hour (weapp build; seed 004: meeting rooms): the room's day with the booking's own
 * time chosen at first and its cells choosable again (the function lets a change overlap its own time), a new
 * range sent as booking.change { bookingId, start, end } and the page back to the booking (已改期, or
 * 已提交，待审核 where the new time is reviewed); another day of the strip; a taken range offers the nearest
 * times of the same room only; a booking past its change deadline offers nothing. Needs `npm run build:weapp`
 * first.
 */
import type { BookingView, IntervalDayView } from '@shared/contract';
import { longDate, monthDay } from '@shared/dates';
import { addDays, atLocal } from '@shared/time';
import {
  answers,
  callsTo,
  closePages,
  cls,
  fails,
  fire,
  openPage,
  reset,
  settle,
  startApp,
  waitFor,
  wxCalls,
  type RenderedPage,
} from '../../testing/weappPage';
import { closedOnWeekdayOf, greyedDays, openEveryDay } from '../../components/IntervalBooking/testing';
import { ME, ROOM, TODAY, TOMORROW, at, cellRow, cellState, offer, roomBooking, roomDay, tapCell } from '../testing';
import { changeDay } from './changeDay';

const LATER = addDays(TOMORROW, 1);

/** The booking changed: 会议室A tomorrow 14:00–15:15, changeable until two hours before. */
let current: BookingView;

/** 会议室A's day as resource.day answers the booker: tomorrow 14:00–15:15 is this booking's (and 16:00–16:30 another one's). */
function day(date: string): IntervalDayView {
  const d = roomDay(date);
  if (date !== TOMORROW) return d;
  return {
    ...d,
    cells: d.cells.map((c) =>
      c.start >= at(TOMORROW, '14:00') && c.start < at(TOMORROW, '15:15') ? { ...c, free: 0, mine: true } : c,
    ),
  };
}

beforeAll(startApp);
beforeEach(() => {
  reset();
  current = roomBooking({ actions: ['cancel', 'change', 'complain'], changeDeadline: at(TOMORROW, '12:00') });
  answers['user.me'] = ME;
  answers['booking.get'] = () => current;
  // Open every day, as its days are drawn: the days greyed on the strip are the tests' own.
  answers['resource.list'] = [openEveryDay(ROOM)];
  answers['resource.day'] = (data: Record<string, unknown>) => day(data.date as string);
});
afterEach(closePages);

async function open() {
  const page = openPage('booking/change/index', { bookingId: 'b-room' });
  if (!(await waitFor(() => cellRow(page, '14:00') !== null))) throw new Error(`the page did not load: ${page.text()}`);
  return page;
}

const footer = (page: RenderedPage) => page.dom().querySelector(cls('interval-booking__range'))?.textContent?.trim();
const submitButton = (page: RenderedPage) => page.find('确认改期', cls('nut-button'));
const submit = (page: RenderedPage) => page.tap('确认改期', cls('nut-button'));
const wentBack = () => waitFor(() => wxCalls.some((c) => c.api === 'navigateBack'), 3000);

describe('改期 by the hour (weapp build)', () => {
  test('shows the room’s day with the booking’s time chosen; other bookings stay taken', async () => {
    const page = await open();
    expect(callsTo('resource.day').map((c) => c.data)).toEqual([{ resourceId: ROOM.id, date: TOMORROW }]);
    // The room itself is looked up for its week hours (the days it is closed); a booking by the hour has no slots.
    expect(callsTo('resource.list').map((c) => c.data)).toEqual([{ venueId: ROOM.venueId }]);
    expect(callsTo('slot.list')).toEqual([]);
    const text = page.text();
    expect(text).toContain('项目周会');
    expect(text).toContain('8人');
    expect(text).toContain('当前时间已选中，点选新的开始和结束时间即可调整，可与原时间重叠。');
    expect(text).toContain('已选 14:00–15:15 · 75分钟');
    expect(['14:00', '14:30', '15:00'].map((t) => cellState(page, t))).toEqual(['已选', '已选', '已选']);
    expect(cellState(page, '15:15')).toBe('可预约');
    expect(cellState(page, '10:00')).toBe('已占用');
    // The caller's other booking cannot be taken over.
    expect(cellState(page, '16:00')).toBe('我的预约');
    expect(footer(page)).toBe('当前 14:00–15:15 · 75分钟');
    expect(submitButton(page)?.className).toContain('disabled');
    // From today (a change needs no lead time, only its notice) to the last bookable date.
    const days = page.dom().querySelectorAll(cls('date-strip__item'));
    expect(days).toHaveLength(8);
    expect(days[0].textContent).toContain('今天');
    expect(page.find('明天', cls('date-strip__item--active'))).not.toBeNull();
  }, 20000);

  test('a range over its own time is sent as start and end; 已改期, and back to the booking', async () => {
    answers['booking.change'] = (data: Record<string, unknown>) => ({ ...current, start: data.start, end: data.end });
    const page = await open();
    // 14:30 is the booking's own cell: it starts the new range.
    await tapCell(page, '14:30');
    expect(await page.shows('已选 14:30–14:45 · 15分钟，请点选结束时间')).toBe(true);
    await tapCell(page, '15:30');
    expect(await page.shows('已选 14:30–15:45 · 75分钟')).toBe(true);
    expect(footer(page)).toBe('改为 14:30–15:45 · 75分钟');
    await submit(page);
    expect(await page.shows('已改期')).toBe(true);
    expect(callsTo('booking.change').map((c) => c.data)).toEqual([
      { bookingId: 'b-room', start: at(TOMORROW, '14:30'), end: at(TOMORROW, '15:45') },
    ]);
    expect(await wentBack()).toBe(true);
  }, 20000);

  test('a new time the venue reviews says 已提交，待审核', async () => {
    answers['booking.change'] = (data: Record<string, unknown>) => ({
      ...current,
      status: 'pending_approval',
      start: data.start,
      end: data.end,
    });
    const page = await open();
    await tapCell(page, '15:15');
    await tapCell(page, '16:45');
    expect(await page.shows('所选时间内 16:00 已有您的预约，请重新选择')).toBe(true);
    await tapCell(page, '15:45');
    await submit(page);
    expect(await page.shows('已提交，待审核')).toBe(true);
    expect(callsTo('booking.change').map((c) => c.data)).toEqual([
      { bookingId: 'b-room', start: at(TOMORROW, '15:15'), end: at(TOMORROW, '16:00') },
    ]);
    expect(await wentBack()).toBe(true);
  }, 20000);

  test('another day of the strip: its grid, nothing chosen, too short a range said before sending', async () => {
    answers['booking.change'] = (data: Record<string, unknown>) => ({ ...current, start: data.start, end: data.end });
    const page = await open();
    // Today, tomorrow (the booking's day), then the day after.
    fire(page.dom().querySelectorAll(cls('date-strip__item'))[2], 'tap');
    await settle();
    expect(await waitFor(() => callsTo('resource.day').length === 2)).toBe(true);
    expect(callsTo('resource.day')[1].data).toEqual({ resourceId: ROOM.id, date: LATER });
    expect(await waitFor(() => cellState(page, '14:00') === '可预约')).toBe(true);
    expect(footer(page)).toBe('请选择新的时间');
    await tapCell(page, '09:00');
    await submit(page);
    expect(await page.shows('每次至少预约30分钟')).toBe(true);
    await tapCell(page, '09:45');
    expect(footer(page)).toBe(`改为 ${monthDay(LATER)} 09:00–10:00 · 1小时`);
    await submit(page);
    expect(await page.shows('已改期')).toBe(true);
    expect(callsTo('booking.change').map((c) => c.data)).toEqual([
      { bookingId: 'b-room', start: at(LATER, '09:00'), end: at(LATER, '10:00') },
    ]);
  }, 20000);

  test('the days the room is closed are greyed on the strip and cannot be moved to', async () => {
    const closed = addDays(TOMORROW, 2);
    answers['resource.list'] = [closedOnWeekdayOf(ROOM, closed)];
    const page = await open();
    expect(greyedDays(page)).toEqual([monthDay(closed)]);
    await page.tap(monthDay(closed), cls('date-strip__item'));
    await settle(100);
    expect(callsTo('resource.day')).toHaveLength(1);
    expect(footer(page)).toBe('当前 14:00–15:15 · 75分钟');
  }, 20000);

  test('a range taken meanwhile offers the nearest times of the same room only, each one tap away', async () => {
    const sooner = offer(TOMORROW, '16:30', '17:45');
    const nextDay = offer(LATER, '14:30', '15:45');
    const otherRoom = offer(TOMORROW, '14:30', '15:45', { resourceId: 'r-room-b', resourceName: '会议室B' });
    answers['booking.change'] = () =>
      fails('SLOT_FULL', '该时间已被预约，可选择其他时间或场地', { alternatives: [sooner, otherRoom, nextDay] });
    const page = await open();
    await tapCell(page, '14:30');
    await tapCell(page, '15:30');
    await submit(page);
    expect(await page.shows('该时间已被预约，可改为以下时间')).toBe(true);
    const rows = Array.from(page.dom().querySelectorAll(cls('interval-offers__row'))).map((r) => r.textContent);
    expect(rows).toEqual(['16:30–17:45 · 75分钟改到此时间', `${longDate(LATER)} 14:30–15:45 · 75分钟改到此时间`]);
    expect(page.text()).not.toContain('会议室B');
    expect(page.text()).not.toContain('预约此项');
    // The day is loaded again (what was taken shows), and nothing stays chosen.
    expect(await waitFor(() => callsTo('resource.day').length === 2)).toBe(true);
    expect(footer(page)).toBe('请选择新的时间');
    expect(wxCalls.some((c) => c.api === 'navigateBack')).toBe(false);

    answers['booking.change'] = (data: Record<string, unknown>) => ({ ...current, start: data.start, end: data.end });
    const button = page.dom().querySelector(cls('interval-offers__row'))!.querySelector(cls('nut-button'))!;
    fire(button, 'tap');
    await settle();
    expect(await page.shows('已改期')).toBe(true);
    expect(callsTo('booking.change').map((c) => c.data)).toEqual([
      { bookingId: 'b-room', start: at(TOMORROW, '14:30'), end: at(TOMORROW, '15:45') },
      { bookingId: 'b-room', start: sooner.start, end: sooner.end },
    ]);
    expect(await wentBack()).toBe(true);
  }, 20000);

  test('a taken range with no time of the same room to offer says so', async () => {
    answers['booking.change'] = () =>
      fails('SLOT_FULL', '该时间已被预约，可选择其他时间或场地', {
        alternatives: [offer(TOMORROW, '14:30', '15:45', { resourceId: 'r-room-b', resourceName: '会议室B' })],
      });
    const page = await open();
    await tapCell(page, '14:30');
    await tapCell(page, '15:30');
    await submit(page);
    expect(await page.shows('该时间已被预约，请选择其他时间')).toBe(true);
    expect(page.find('可改为以下时间')).toBeNull();
    expect(page.text()).not.toContain('会议室B');
  }, 20000);

  test('a booking past its change deadline says so and offers no time', async () => {
    current = { ...current, actions: ['cancel', 'complain'] };
    const page = openPage('booking/change/index', { bookingId: 'b-room' });
    expect(await page.shows('已超过改期截止时间或当前状态不可改期。')).toBe(true);
    await settle(100);
    expect(callsTo('resource.day')).toEqual([]);
    expect(page.find('确认改期')).toBeNull();
  }, 20000);
});

describe('the day a change sees', () => {
  const now = atLocal(TODAY, '10:00');
  const booked = roomBooking({ changeDeadline: at(TOMORROW, '12:00') });

  test('today’s cells from the change notice on can be moved to, before the lead time of a new booking', () => {
    const seen = changeDay(roomDay(TODAY), booked, now);
    const bookable = (t: string) => seen.cells.find((c) => c.start === at(TODAY, t))?.bookable;
    expect(roomDay(TODAY).cells.some((c) => c.bookable)).toBe(false);
    expect([bookable('11:45'), bookable('12:00'), bookable('17:45')]).toEqual([false, true, true]);
  });

  test('the booking’s own cells and its buffer are free to choose again; another own booking is not', () => {
    const d = { ...day(TOMORROW), bufferMinutes: 10 };
    const cells = d.cells.map((c) =>
      c.start === at(TOMORROW, '15:15') || c.start === at(TOMORROW, '16:00') ? { ...c, free: 0, mine: true } : c,
    );
    const seen = changeDay({ ...d, cells }, booked, now);
    const cell = (t: string) => seen.cells.find((c) => c.start === at(TOMORROW, t));
    expect(['14:00', '15:00', '15:15'].map((t) => [cell(t)?.free, cell(t)?.mine])).toEqual([
      [1, false],
      [1, false],
      [1, false],
    ]);
    expect([cell('16:00')?.free, cell('16:00')?.mine]).toEqual([0, true]);
    // Past the booking's last bookable date nothing can be moved to.
    expect(changeDay({ ...d, date: addDays(d.latestDate, 1) }, booked, now).cells.some((c) => c.bookable)).toBe(false);
  });
});

/**
 * 本周预约 (weapp build): the caller's bookings Monday to Sunday of the current week in business time, each day's
 * as time blocks in order (those cancelled or rejected left out), 无预约 on a day without; ‹ 上一周 · 下一周 ›
 * move a week at a time, 回到本周 back; a block opens its booking. Needs `npm run build:weapp` first.
 */
import { addDays, daysBetween, weekdayOf } from '@shared/time';
import { monthDay } from '@shared/dates';
import {
  answers,
  callsTo,
  closePages,
  cls,
  navigated,
  openPage,
  reset,
  startApp,
  type RenderedPage,
} from '../../testing/weappPage';
import { ME, TODAY, at, booking, roomBooking } from '../testing';

const MONDAY = addDays(TODAY, -((weekdayOf(TODAY) + 6) % 7));
const WEDNESDAY = addDays(MONDAY, 2);
const THURSDAY = addDays(MONDAY, 3);
const NEXT_TUESDAY = addDays(MONDAY, 8);

const when = (date: string, start: string, end: string) => ({ start: at(date, start), end: at(date, end) });

const BOOKINGS = [
  roomBooking({ id: 'b-mon', ...when(MONDAY, '14:00', '15:15') }),
  // Listed newest first, not in the order of the day.
  booking({ id: 'b-wed-vr', ...when(WEDNESDAY, '10:00', '11:00') }),
  roomBooking({
    id: 'b-wed-room',
    status: 'pending_approval',
    purpose: '客户交流',
    ...when(WEDNESDAY, '09:00', '09:30'),
  }),
  roomBooking({ id: 'b-thu-cancelled', status: 'cancelled', ...when(THURSDAY, '14:00', '15:00') }),
  roomBooking({ id: 'b-thu-rejected', status: 'rejected', ...when(THURSDAY, '16:00', '17:00') }),
  roomBooking({ id: 'b-next', purpose: '季度复盘', ...when(NEXT_TUESDAY, '16:00', '17:00') }),
];

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = ME;
  answers['booking.list'] = BOOKINGS;
});
afterEach(closePages);

async function open() {
  const page = openPage('booking/week/index');
  if (!(await page.shows('周日'))) throw new Error(`the page did not load: ${page.text()}`);
  return page;
}

/** The blocks of the day `date` of the week shown from `monday`, as they read. */
const blocks = (page: RenderedPage, date: string, monday = MONDAY) =>
  Array.from(
    page.dom().querySelectorAll(cls('week__day'))[daysBetween(monday, date)]?.querySelectorAll(cls('week__block')) ??
      [],
  ).map((b) => b.textContent?.trim());

/** The dates the days shown say (今天 for today). */
const days = (page: RenderedPage) =>
  Array.from(page.dom().querySelectorAll(cls('week__monthday'))).map((d) => d.textContent?.trim());

/** The dates of the week from `monday`, as the days say them. */
const week = (monday: string) =>
  Array.from({ length: 7 }, (_, i) => addDays(monday, i)).map((d) => (d === TODAY ? '今天' : monthDay(d)));

describe('本周预约 (weapp build)', () => {
  test('Monday to Sunday of this week, each day’s bookings as time blocks in order, 无预约 on the others', async () => {
    const page = await open();
    expect(callsTo('booking.list').map((c) => c.data)).toEqual([{}]);
    expect(days(page)).toEqual(week(MONDAY));
    const text = page.text();
    expect(text).toContain(`${monthDay(MONDAY)}–${monthDay(addDays(MONDAY, 6))}`);
    expect(text).toContain('本周');
    expect(text).toContain('今天');
    const names = Array.from(page.dom().querySelectorAll(cls('week__weekday'))).map((w) => w.textContent);
    expect(names).toEqual(['周一', '周二', '周三', '周四', '周五', '周六', '周日']);

    expect(blocks(page, MONDAY)).toEqual(['14:00–15:15 会议室A · 项目周会']);
    expect(blocks(page, WEDNESDAY)).toEqual(['09:00–09:30 会议室A · 客户交流待审核', '10:00–11:00 VR飞行体验']);
    // Cancelled and rejected bookings hold no time.
    expect(blocks(page, THURSDAY)).toEqual([]);
    expect(page.dom().querySelectorAll(cls('week__none'))).toHaveLength(5);
    expect(text).not.toContain('季度复盘');

    await page.tap('14:00–15:15 会议室A · 项目周会', cls('week__block'));
    expect(navigated('navigateTo')).toEqual(['/booking/detail/index?bookingId=b-mon']);
  }, 20000);

  test('下一周 and 上一周 move a week at a time; 回到本周 comes back', async () => {
    const page = await open();
    await page.tap('下一周 ›');
    expect(days(page)).toEqual(week(addDays(MONDAY, 7)));
    expect(page.text()).toContain('下周');
    expect(blocks(page, NEXT_TUESDAY, addDays(MONDAY, 7))).toEqual(['16:00–17:00 会议室A · 季度复盘']);
    expect(page.text()).not.toContain('项目周会');

    for (let i = 0; i < 3; i++) await page.tap('‹ 上一周');
    expect(days(page)).toEqual(week(addDays(MONDAY, -14)));
    expect(page.find('回到本周')).not.toBeNull();
    expect(page.dom().querySelectorAll(cls('week__none'))).toHaveLength(7);
    await page.tap('回到本周');
    expect(days(page)).toEqual(week(MONDAY));
    expect(page.text()).toContain('项目周会');
    // The list is loaded once: the weeks are the same bookings seen a week at a time.
    expect(callsTo('booking.list')).toHaveLength(1);
  }, 20000);
});

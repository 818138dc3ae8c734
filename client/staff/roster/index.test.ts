/**
 * The roster (weapp build): a day's slots with booked / checked-in / expected counts, each opening its
 * people; a slot's bookings are checked in by hand with checkin.manual; a booking checked in meanwhile on
 * another device (ALREADY_CHECKED_IN) is toasted and the roster loads again; an open slot leads to 代客预约
 * for it. Needs `npm run build:weapp` first.
 */
import type { CheckinBookingView, RosterSlotView, RosterView } from '@shared/contract';
import { today } from '../../utils/format';
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
} from '../../testing/weappPage';

const slot = (over: Partial<RosterSlotView> = {}): RosterSlotView => ({
  slotId: 's-morning',
  resourceId: 'r-vr',
  resourceName: 'VR飞行体验',
  start: '2026-12-01T09:00:00+08:00',
  end: '2026-12-01T10:00:00+08:00',
  status: 'open',
  booked: 3,
  checkedIn: 1,
  pending: 2,
  ...over,
});

const booking = (over: Partial<CheckinBookingView> = {}): CheckinBookingView => ({
  id: 'b-1',
  resourceName: 'VR飞行体验',
  venueName: '星河科技馆',
  start: '2026-12-01T09:00:00+08:00',
  end: '2026-12-01T10:00:00+08:00',
  status: 'confirmed',
  attendees: [{ id: 'a-1', name: '张三', idMasked: '1101**********1234', present: false }],
  ...over,
});

const CHECKED_IN = booking({
  status: 'checked_in',
  attendees: [{ id: 'a-1', name: '张三', idMasked: '1101**********1234', present: true }],
  checkedInAt: '2026-12-01T09:05:00+08:00',
  checkedInBy: 'demo-staff-2',
  method: 'manual',
});

/** What checkin.roster answers for the slot now: a test changes it as the function would. */
let slotRoster: RosterView;

beforeAll(startApp);
beforeEach(() => {
  reset();
  slotRoster = { slot: slot(), bookings: [booking(), booking({ id: 'b-2', status: 'checked_in' })] };
  answers['checkin.roster'] = (data: Record<string, unknown>) =>
    data.slotId
      ? slotRoster
      : {
          date: data.date,
          slots: [
            slot(),
            slot({
              slotId: 's-noon',
              start: '2026-12-01T12:00:00+08:00',
              end: '2026-12-01T13:00:00+08:00',
              booked: 2,
              checkedIn: 2,
              pending: 0,
            }),
          ],
        };
});
afterEach(closePages);

const rosterLoads = () => callsTo('checkin.roster').filter((c) => c.data?.slotId === 's-morning').length;

async function openSlot() {
  const page = openPage('staff/roster/index', { slotId: 's-morning' });
  expect(await page.shows('预约 2 单')).toBe(true);
  return page;
}

describe('今日名单 (weapp build)', () => {
  test('a day: every slot with its counts and the day’s total; a slot opens its people', async () => {
    const page = openPage('staff/roster/index');
    expect(await page.shows('已约 5 · 已入场 3 · 未到 2')).toBe(true);
    expect(callsTo('checkin.roster')[0]?.data).toEqual({ date: today() });
    expect(page.text()).toContain('09:00–10:00');
    expect(page.text()).toContain('2人未到');
    await page.tap('09:00–10:00');
    expect(navigated('navigateTo')).toEqual(['/staff/roster/index?slotId=s-morning']);
  }, 20000);

  test('a slot: its counts and bookings; 手工核验 sends checkin.manual with the booking and shows it checked in', async () => {
    answers['checkin.manual'] = () => {
      slotRoster = { slot: slot({ checkedIn: 2, pending: 1 }), bookings: [CHECKED_IN, slotRoster.bookings![1]] };
      return { booking: CHECKED_IN, checkedInAt: CHECKED_IN.checkedInAt };
    };
    const page = await openSlot();
    expect(callsTo('checkin.roster')[0]?.data).toEqual({ slotId: 's-morning' });
    expect(page.text()).toContain('已约 3 · 已入场 1 · 未到 2');
    expect(page.text()).toContain('张*1101**********1234');
    // Only a booking not yet checked in offers it.
    expect(page.dom().querySelectorAll(cls('nut-button'))).toHaveLength(1);

    await page.tap('手工核验', cls('nut-button'));
    expect(await page.shows('已核验入场')).toBe(true);
    const sent = callsTo('checkin.manual');
    expect(sent.map((c) => c.data)).toEqual([{ bookingId: 'b-1' }]);
    expect(sent[0].requestId).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(await page.shows('（手工）')).toBe(true);
    expect(await page.shows('已约 3 · 已入场 2 · 未到 1')).toBe(true);
    expect(page.find('手工核验', cls('nut-button'))).toBeNull();
  }, 20000);

  test('an open slot offers 代客预约 for it; a slot over does not', async () => {
    const page = await openSlot();
    await page.tap('为此时段代客预约 ›');
    expect(navigated('navigateTo')).toEqual(['/staff/desk-book/index?slotId=s-morning']);
    page.close();

    slotRoster = { ...slotRoster, slot: slot({ status: 'ended' }) };
    const over = await openSlot();
    expect(over.text()).not.toContain('代客预约');
  }, 20000);

  test('a booking checked in meanwhile elsewhere: the refusal is toasted and the roster loads again', async () => {
    answers['checkin.manual'] = () => {
      slotRoster = { slot: slot({ checkedIn: 2, pending: 1 }), bookings: [CHECKED_IN, slotRoster.bookings![1]] };
      return fails('ALREADY_CHECKED_IN', '该预约已核验入场', { at: CHECKED_IN.checkedInAt, by: 'demo-staff-2' });
    };
    const page = await openSlot();
    const loads = rosterLoads();
    await page.tap('手工核验', cls('nut-button'));
    expect(await page.shows('该预约已核验入场')).toBe(true);
    expect(await page.shows('由 demo-staff-2 核验')).toBe(true);
    expect(rosterLoads()).toBe(loads + 1);
    expect(page.find('手工核验', cls('nut-button'))).toBeNull();
    expect(callsTo('checkin.manual')).toHaveLength(1);
  }, 20000);
});

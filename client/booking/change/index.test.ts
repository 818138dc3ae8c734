/**
 * 改期 (weapp build): the booking's slot is marked, open slots with room for its people can take it; the
 * change is asked first, sent, and the page goes back to the booking; a slot that filled meanwhile is said
 * and the slots loaded again; a booking the function no longer lets change offers nothing. Needs
 * `npm run build:weapp` first.
 */
import type { BookingView } from '@shared/contract';
import { addDays } from '@shared/time';
import {
  answers,
  callsTo,
  closePages,
  fails,
  navigated,
  openPage,
  reset,
  startApp,
  waitFor,
  wxCalls,
} from '../../testing/weappPage';
import { ME, RESOURCE, TODAY, TOMORROW, booking, buttonInRow, slot, tapInRow } from '../testing';

const CURRENT = slot('s-10', TOMORROW, '10:00');
const ROOMY = slot('s-14', TOMORROW, '14:00');
const TOO_SMALL = slot('s-15', TOMORROW, '15:00', { remaining: 1 });
const FULL = slot('s-16', TOMORROW, '16:00', { remaining: 0, status: 'full' });

/** A booking of two people, so that a slot with one place left cannot take it. */
let current: BookingView;

beforeAll(startApp);
beforeEach(() => {
  reset();
  current = booking({
    attendees: [
      { id: 'a-1', name: '王小明', idMasked: '1101**********1234' },
      { id: 'a-2', name: '李小红', idMasked: '1101**********5678' },
    ],
  });
  answers['user.me'] = ME;
  answers['booking.get'] = () => current;
  answers['resource.list'] = [RESOURCE];
  answers['slot.list'] = [CURRENT, ROOMY, TOO_SMALL, FULL];
});
afterEach(closePages);

async function open() {
  const page = openPage('booking/change/index', { bookingId: 'b-1' });
  if (!(await page.shows('14:00–15:00'))) throw new Error(`the page did not load: ${page.text()}`);
  return page;
}

describe('改期 (weapp build)', () => {
  test('marks the current slot and offers only open slots with room for everyone, on the booking’s day', async () => {
    const page = await open();
    const text = page.text();
    expect(text).toContain('王小明、李小红');
    expect(text).toContain('改期保留原参观人');
    expect(callsTo('slot.list').map((c) => c.data)).toEqual([
      { resourceId: RESOURCE.id, from: TODAY, to: addDays(TODAY, 7) },
    ]);
    expect(buttonInRow(page, '10:00', '改到此时段')).toBeNull();
    expect(page.find('当前时段')).not.toBeNull();
    expect(buttonInRow(page, '14:00', '改到此时段')).not.toBeNull();
    expect(buttonInRow(page, '15:00', '改到此时段')).toBeNull();
    expect(buttonInRow(page, '16:00', '改到此时段')).toBeNull();
  }, 20000);

  test('改到此时段 asks first, changes the booking and goes back to it', async () => {
    answers['booking.change'] = { ...current, slotId: ROOMY.id, start: ROOMY.start, end: ROOMY.end };
    const page = await open();
    await tapInRow(page, '14:00', '改到此时段');
    expect(await page.shows('确定改期吗')).toBe(true);
    expect(callsTo('booking.change')).toEqual([]);
    await page.tap('确认改期');
    expect(await page.shows('改期成功')).toBe(true);
    expect(callsTo('booking.change').map((c) => c.data)).toEqual([{ bookingId: 'b-1', slotId: ROOMY.id }]);
    expect(await waitFor(() => wxCalls.some((c) => c.api === 'navigateBack'), 3000)).toBe(true);
  }, 20000);

  test('a slot that filled meanwhile is said, and the slots are loaded again', async () => {
    answers['booking.change'] = () => {
      answers['slot.list'] = [CURRENT, { ...ROOMY, remaining: 0, status: 'full' }, TOO_SMALL, FULL];
      return fails('SLOT_FULL', '该时段已约满，请选择其他时段');
    };
    const page = await open();
    await tapInRow(page, '14:00', '改到此时段');
    await page.tap('确认改期');
    expect(await page.shows('该时段已约满，请选择其他时段')).toBe(true);
    expect(await waitFor(() => callsTo('slot.list').length === 2)).toBe(true);
    expect(await waitFor(() => buttonInRow(page, '14:00', '改到此时段') === null)).toBe(true);
    expect(wxCalls.some((c) => c.api === 'navigateBack')).toBe(false);
    expect(navigated('navigateTo')).toEqual([]);
  }, 20000);

  test('a booking past its change deadline says so and offers no slot', async () => {
    current = { ...current, actions: ['cancel', 'complain', 'pass'] };
    const page = await open();
    expect(page.text()).toContain('已超过改期截止时间或当前状态不可改期。');
    expect(buttonInRow(page, '14:00', '改到此时段')).toBeNull();
  }, 20000);
});

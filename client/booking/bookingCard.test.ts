/**
 * 我的预约 (weapp build) with a booking by the hour beside a slot booking: BookingCard shows the purpose, the
 * headcount and who booked where a booking has them, and its attendees only where it has some. Needs
 * `npm run build:weapp` first.
 */
import { answers, closePages, openPage, reset, startApp } from '../testing/weappPage';
import { ME, booking, roomBooking } from './testing';

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = ME;
  answers['booking.list'] = [roomBooking(), booking()];
  answers['waitlist.mine'] = [];
  answers['lottery.mine'] = [];
});
afterEach(closePages);

describe('BookingCard in 我的预约 (weapp build)', () => {
  test('a booking by the hour shows its purpose, headcount and booker; a slot booking its attendees', async () => {
    const page = openPage('pages/bookings/index');
    expect(await page.shows('会议室A')).toBe(true);
    expect(await page.shows('VR飞行体验')).toBe(true);
    const text = page.text();
    expect(text).toContain('使用目的：项目周会');
    expect(text).toContain('8人 · 预约人 李雷');
    expect(text).toContain('参观人 1 人');
    expect(text).not.toContain('参观人 0 人');
  }, 20000);
});

/**
 * 我的预约 (weapp build): 按周查看 at the top of a list with bookings opens 本周预约; none without bookings.
 * Needs `npm run build:weapp` first.
 */
import { answers, closePages, navigated, openPage, reset, settle, startApp } from '../../testing/weappPage';
import { ME, roomBooking } from '../../booking/testing';

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = ME;
  answers['booking.list'] = [roomBooking()];
  answers['waitlist.mine'] = [];
  answers['lottery.mine'] = [];
});
afterEach(closePages);

describe('我的预约 (weapp build)', () => {
  test('按周查看 opens the week of one’s bookings', async () => {
    const page = openPage('pages/bookings/index');
    expect(await page.shows('会议室A')).toBe(true);
    await page.tap('按周查看 ›');
    expect(navigated('navigateTo')).toEqual(['/booking/week/index']);
  }, 20000);

  test('no bookings: no week to look at', async () => {
    answers['booking.list'] = [];
    const page = openPage('pages/bookings/index');
    expect(await page.shows('还没有预约')).toBe(true);
    await settle(50);
    expect(page.text()).not.toContain('按周查看');
  }, 20000);
});

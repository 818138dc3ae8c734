/**
 * 手工核验 (weapp build): staff find a day's bookings by phone number or the last 4 characters of an ID,
 * checked on the phone first, and check one in by hand; a booking checked in meanwhile elsewhere is
 * toasted and the results load again. Needs `npm run build:weapp` first.
 */
import type { CheckinBookingView } from '@shared/contract';
import { addDays } from '@shared/time';
import { today } from '../../utils/format';
import { answers, callsTo, closePages, cls, fails, openPage, reset, startApp } from '../../testing/weappPage';

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
  checkedInBy: 'demo-staff-1',
  method: 'manual',
});

/** What checkin.find answers now: a test changes it as the function would. */
let found: CheckinBookingView[];

beforeAll(startApp);
beforeEach(() => {
  reset();
  found = [booking()];
  answers['checkin.find'] = () => found;
});
afterEach(closePages);

async function open() {
  const page = openPage('staff/find/index');
  expect(await page.shows('查找方式')).toBe(true);
  return page;
}

const finds = () => callsTo('checkin.find').map((c) => c.data);

describe('手工核验 (weapp build)', () => {
  test('by phone: checkin.find for the day, then 手工核验 checks the booking in; another day searches again', async () => {
    answers['checkin.manual'] = { booking: CHECKED_IN, checkedInAt: CHECKED_IN.checkedInAt };
    const page = await open();
    await page.input('nut-input-native', '13800001111');
    await page.tap('查找', cls('nut-button'));
    expect(await page.shows('找到 1 单预约')).toBe(true);
    expect(finds()).toEqual([{ date: today(), phone: '13800001111' }]);

    await page.tap('手工核验', cls('nut-button'));
    expect(await page.shows('已核验入场')).toBe(true);
    expect(callsTo('checkin.manual').map((c) => c.data)).toEqual([{ bookingId: 'b-1' }]);
    expect(await page.shows('由 demo-staff-1 核验（手工）')).toBe(true);
    expect(page.find('手工核验', cls('nut-button'))).toBeNull();

    await page.tap('明天');
    expect(await page.shows('找到 1 单预约')).toBe(true);
    expect(finds().at(-1)).toEqual({ date: addDays(today(), 1), phone: '13800001111' });
  }, 20000);

  test('what is typed is checked on the phone first; by the last 4 of an ID', async () => {
    found = [];
    const page = await open();
    await page.input('nut-input-native', '1380000');
    await page.tap('查找', cls('nut-button'));
    expect(await page.shows('请输入11位手机号')).toBe(true);
    expect(finds()).toEqual([]);

    await page.tap('证件后4位');
    expect(page.text()).not.toContain('请输入11位手机号');
    await page.input('nut-input-native', '123X');
    await page.tap('查找', cls('nut-button'));
    expect(await page.shows('当天没有找到相关预约')).toBe(true);
    expect(finds()).toEqual([{ date: today(), idLast4: '123X' }]);
  }, 20000);

  test('a booking checked in meanwhile elsewhere: the refusal is toasted and the results load again', async () => {
    answers['checkin.manual'] = () => {
      found = [{ ...CHECKED_IN, method: 'scan', checkedInBy: 'demo-staff-2' }];
      return fails('ALREADY_CHECKED_IN', '该预约已核验入场');
    };
    const page = await open();
    await page.input('nut-input-native', '13800001111');
    await page.tap('查找', cls('nut-button'));
    expect(await page.shows('找到 1 单预约')).toBe(true);
    await page.tap('手工核验', cls('nut-button'));
    expect(await page.shows('该预约已核验入场')).toBe(true);
    expect(await page.shows('由 demo-staff-2 核验（扫码）')).toBe(true);
    expect(finds()).toHaveLength(2);
    expect(page.find('手工核验', cls('nut-button'))).toBeNull();
  }, 20000);
});

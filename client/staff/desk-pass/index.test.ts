/**
 * 代客预约凭证 (weapp build): the desk booking with the person's details and its refreshing entry code, the
 * text message to send them (copied to the clipboard), and 办理入场 while the check-in window is open; a
 * check-in made meanwhile elsewhere is said and the booking loaded again. Needs `npm run build:weapp` first.
 */
import type { BookingView } from '@shared/contract';
import { toIso } from '@shared/time';
import { TOMORROW, at, booking } from '../../booking/testing';
import {
  answers,
  callsTo,
  closePages,
  cls,
  fails,
  openPage,
  reset,
  startApp,
  waitFor,
  wxCalls,
} from '../../testing/weappPage';

const DESK = {
  name: '王小明',
  phoneMasked: '138****1111',
  company: '星河小学',
  needs: '一位轮椅使用者',
  bookedBy: { ref: 'p-1', name: '李娜', idMasked: '—' },
};
const TOKEN = { token: 'T-DESK-1', expiresAt: at(TOMORROW, '23:00'), refreshAt: at(TOMORROW, '22:59') };

/** A desk booking tomorrow 10:00: its check-in window opens at 09:30 tomorrow. */
const deskBooking = (over: Partial<BookingView> = {}) =>
  booking({ id: 'bk_7d2e9a8f3a21c0', actions: ['pass'], desk: DESK, ...over });

/** The same booking running now: its check-in window is open, so the function offers the check-in. */
const now = (minutes: number) => toIso(Date.now() + minutes * 60_000);
const running = (over: Partial<BookingView> = {}) =>
  deskBooking({ start: now(10), end: now(70), checkinOpensAt: now(-20), actions: ['pass', 'checkin'], ...over });

let current: BookingView;

beforeAll(startApp);
beforeEach(() => {
  reset();
  current = deskBooking();
  answers['desk.booking'] = () => current;
  answers['checkin.token'] = TOKEN;
});
afterEach(closePages);

async function open() {
  const page = openPage('staff/desk-pass/index', { bookingId: 'bk_7d2e9a8f3a21c0' });
  expect(await page.shows('VR飞行体验')).toBe(true);
  return page;
}

const checkinButton = (page: ReturnType<typeof openPage>) => page.find('办理入场', cls('nut-button'));

describe('代客预约凭证 (weapp build)', () => {
  test('the booking, its entry code and the text message to send; 办理入场 waits for the window', async () => {
    const page = await open();
    expect(await page.shows('T-DESK-1')).toBe(true);
    expect(callsTo('desk.booking').map((c) => c.data)).toEqual([{ bookingId: 'bk_7d2e9a8f3a21c0' }]);
    expect(callsTo('checkin.token').map((c) => c.data)).toEqual([{ bookingId: 'bk_7d2e9a8f3a21c0' }]);
    const text = page.text();
    for (const shown of ['已预约', '王小明', '138****1111', '星河小学', '一位轮椅使用者', '8F3A21C0', '李娜'])
      expect(text).toContain(shown);
    expect(text).toContain(`${TOMORROW} 09:30 起可办理入场`);

    await page.tap('复制短信内容', cls('nut-button'));
    const copied = wxCalls.filter((c) => c.api === 'setClipboardData').map((c) => c.arg.data as string);
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(
      /^【星河科技馆】王小明，您已预约 VR飞行体验 \d{1,2}月\d{1,2}日 10:00–11:00。入场时请出示证件，工作人员凭手机号或证件核验。预约号 8F3A21C0$/,
    );

    // Before the window the button is there but does nothing.
    await page.tap('办理入场', cls('nut-button'));
    expect(callsTo('checkin.manual')).toEqual([]);
  }, 20000);

  test('办理入场 while the window is open: checkin.manual, and the booking shows checked in', async () => {
    current = running();
    answers['checkin.manual'] = () => {
      current = running({ status: 'checked_in', checkedInAt: now(0), actions: ['complain'] });
      return { booking: { ...current, attendees: [] }, checkedInAt: current.checkedInAt };
    };
    const page = await open();
    expect(page.text()).not.toContain('起可办理入场');
    await page.tap('办理入场', cls('nut-button'));
    expect(await page.shows('已办理入场')).toBe(true);
    expect(callsTo('checkin.manual').map((c) => c.data)).toEqual([{ bookingId: 'bk_7d2e9a8f3a21c0' }]);
    expect(await page.shows('已入场 · ')).toBe(true);
    expect(callsTo('desk.booking')).toHaveLength(2);
    expect(page.text()).not.toContain('T-DESK-1');
    expect(checkinButton(page)).toBeNull();
  }, 20000);

  test('checked in meanwhile elsewhere: the refusal is said and the booking loaded again', async () => {
    current = running();
    answers['checkin.manual'] = () => {
      current = running({ status: 'checked_in', checkedInAt: now(0), actions: ['complain'] });
      return fails('ALREADY_CHECKED_IN', '该预约已核验入场');
    };
    const page = await open();
    await page.tap('办理入场', cls('nut-button'));
    expect(await page.shows('该预约已核验入场')).toBe(true);
    expect(await waitFor(() => checkinButton(page) === null)).toBe(true);
    expect(page.text()).toContain('已入场');
  }, 20000);

  test('a booking the caller may not see says so', async () => {
    answers['desk.booking'] = fails('FORBIDDEN', '没有权限执行此操作');
    const page = openPage('staff/desk-pass/index', { bookingId: 'bk_other' });
    expect(await page.shows('加载失败')).toBe(true);
    expect(page.text()).toContain('没有权限执行此操作');
  }, 20000);
});

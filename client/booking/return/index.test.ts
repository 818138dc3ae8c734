/**
 * 结束使用 (weapp build): the condition is chosen on purpose; 有损坏 needs a description and may carry up to
 * three photos, uploaded as complaint photos are; 提交 sends booking.return and goes back to the booking's
 * detail page. A booking no longer in use says so. Needs `npm run build:weapp` first.
 */
import type { BookingView } from '@shared/contract';
import {
  answers,
  callsTo,
  closePages,
  cls,
  device,
  lastCall,
  openPage,
  reset,
  startApp,
  waitFor,
  wxCalls,
  type RenderedPage,
} from '../../testing/weappPage';
import { ME, TOMORROW, at, roomBooking } from '../testing';

let current: BookingView;

beforeAll(startApp);
beforeEach(() => {
  reset();
  current = roomBooking({ status: 'checked_in', checkedInAt: at(TOMORROW, '13:55'), actions: ['complain', 'return'] });
  answers['user.me'] = ME;
  answers['booking.get'] = () => current;
  answers['booking.return'] = (data: Record<string, unknown>) => ({
    ...current,
    returned: { at: at(TOMORROW, '15:10'), ...data },
    actions: ['complain'],
  });
});
afterEach(closePages);

async function open() {
  const page = openPage('booking/return/index', { bookingId: 'b-room' });
  if (!(await page.shows('使用后状况'))) throw new Error(`the page did not load: ${page.text()}`);
  return page;
}

async function choose(page: RenderedPage, label: string) {
  await page.tap(label, cls('nut-radio'));
  await waitFor(() => page.find(label, cls('nut-radio-button-active')) !== null);
}

const submit = (page: RenderedPage) => page.tap('提交', cls('nut-button'));
const wentBack = () => waitFor(() => wxCalls.some((c) => c.api === 'navigateBack'), 3000);

describe('结束使用 (weapp build)', () => {
  test('shows the booking in use, and asks for the condition before sending anything', async () => {
    const page = await open();
    expect(callsTo('booking.get').map((c) => c.data)).toEqual([{ bookingId: 'b-room' }]);
    expect(page.text()).toContain('会议室A');
    expect(page.text()).toContain(`开始使用${TOMORROW} 13:55`);
    expect(page.text()).not.toContain('损坏说明');
    await submit(page);
    expect(await page.shows('请选择使用后状况')).toBe(true);
    expect(callsTo('booking.return')).toEqual([]);
  }, 20000);

  test('正常 sends the condition alone and goes back to the booking', async () => {
    const page = await open();
    await choose(page, '正常');
    await submit(page);
    expect(await page.shows('已结束使用')).toBe(true);
    expect(callsTo('booking.return').map((c) => c.data)).toEqual([{ bookingId: 'b-room', condition: 'ok' }]);
    expect(await wentBack()).toBe(true);
  }, 20000);

  test('有损坏 needs a description, uploads the photo and sends the note and its file id', async () => {
    device.chosen = [{ path: 'http://tmp/damage-1.jpg', size: 30_000 }];
    const page = await open();
    await choose(page, '有损坏');
    expect(page.text()).toContain('损坏说明');
    expect(page.text()).toContain('损坏情况将转行政部处理（设施设备）');
    await submit(page);
    expect(await page.shows('请描述损坏情况')).toBe(true);
    expect(callsTo('booking.return')).toEqual([]);

    await page.input('return-form__textarea', '  投影幕布撕裂  ');
    await page.tap('0/3', cls('photo-picker__add'));
    expect(await waitFor(() => page.text().includes('1/3') && !page.text().includes('上传中'))).toBe(true);
    expect(wxCalls.find((c) => c.api === 'chooseImage')?.arg).toMatchObject({ count: 3 });
    const upload = wxCalls.find((c) => c.api === 'cloud.uploadFile')!.arg as { cloudPath: string; filePath: string };
    expect(upload.filePath).toBe('http://tmp/damage-1.jpg');

    await submit(page);
    expect(await waitFor(() => lastCall('booking.return') !== undefined)).toBe(true);
    expect(lastCall('booking.return')!.data).toEqual({
      bookingId: 'b-room',
      condition: 'damaged',
      note: '投影幕布撕裂',
      photos: [`cloud://cloud1.636c-cloud1-1300000000/${upload.cloudPath}`],
    });
    expect(await wentBack()).toBe(true);
    expect(callsTo('booking.return')).toHaveLength(1);
  }, 20000);

  test('a note and photos written for 有损坏 are left out once 正常 is chosen again', async () => {
    const page = await open();
    await choose(page, '有损坏');
    await page.input('return-form__textarea', '桌角磕碰');
    await choose(page, '正常');
    expect(page.text()).not.toContain('损坏说明');
    await submit(page);
    expect(await waitFor(() => lastCall('booking.return') !== undefined)).toBe(true);
    expect(lastCall('booking.return')!.data).toEqual({ bookingId: 'b-room', condition: 'ok' });
  }, 20000);

  test('a booking no longer in use (returned meanwhile) says so and offers the way back', async () => {
    current = { ...current, returned: { at: at(TOMORROW, '15:00'), condition: 'ok' }, actions: ['complain'] };
    const page = openPage('booking/return/index', { bookingId: 'b-room' });
    expect(await page.shows('该预约已结束使用或当前不能结束使用')).toBe(true);
    expect(page.text()).not.toContain('使用后状况');
    await page.tap('返回预约详情', cls('nut-button'));
    expect(await wentBack()).toBe(true);
  }, 20000);
});

/**
 * 预约详情 (weapp build): what the function allows (`actions`) is what the page offers; 取消预约 asks, cancels
 * and shows the booking as it is now; a cancel the booking moved past (INVALID_STATE) is said and the booking
 * loaded again; a cancel cut off by the network is sent again with its requestId; rating a visit and rebooking
 * a booking the venue cancelled; for a booking by the hour: confirming it, 改期, starting and ending its use,
 * and equipment kept past its end; 添加到日历 of a booking still ahead (wx.addPhoneCalendar), and its refusal;
 * a paid ticket's order: the countdown, 去支付 through wx.requestPayment and order.check, 取消订单, the refund
 * a cancel gets, and the refunds. Needs `npm run build:weapp` first.
 */
import type { BookingView, PaymentView } from '@shared/contract';
import { monthDayTime } from '@shared/dates';
import { HOUR_MS, toIso } from '@shared/time';
import { CALENDAR_ADDED, CALENDAR_FAILED } from '../../services/calendar.common';
import {
  answers,
  calls,
  callsTo,
  closePages,
  cls,
  fails,
  fire,
  navigated,
  openPage,
  reset,
  settle,
  startApp,
  waitFor,
  wxCalls,
  type RenderedPage,
} from '../../testing/weappPage';
import { PRICED, order, paidBooking, pendingBooking } from '../components/testing';
import { ME, TODAY, TOMORROW, at, booking, projectorBooking, roomBooking, slot, tapInRow } from '../testing';

const TOKEN = { token: 'T-123456', expiresAt: at(TOMORROW, '23:00'), refreshAt: at(TOMORROW, '22:59') };

let current: BookingView;

type PaymentArg = Record<string, unknown> & { success?: (r: unknown) => void; fail?: (r: unknown) => void };
/** WeChat's payment sheet: what each test of a payment makes of wx.requestPayment. */
let paymentSheet: (arg: PaymentArg) => void = () => undefined;
// The shared wx stub (testing/weappPage.ts) has no requestPayment, and Taro makes its APIs of those wx has
// when the app starts: the stub is given one as startApp installs it.
let installedWx: Record<string, unknown> | undefined;
Object.defineProperty(global, 'wx', {
  configurable: true,
  get: () => installedWx,
  set: (wx: Record<string, unknown>) => {
    wx.requestPayment = (arg: PaymentArg) => paymentSheet(arg);
    installedWx = wx;
  },
});

beforeAll(startApp);
beforeEach(() => {
  reset();
  current = booking();
  answers['user.me'] = ME;
  answers['booking.get'] = () => current;
  answers['checkin.token'] = TOKEN;
});
afterEach(closePages);

async function open() {
  const page = openPage('booking/detail/index', { bookingId: 'b-1' });
  if (!(await page.shows('VR飞行体验'))) throw new Error(`the page did not load: ${page.text()}`);
  return page;
}

/** The status tag of the booking. */
const status = (page: RenderedPage) => page.dom().querySelector(cls('nut-tag'))?.textContent?.trim();
const hasButton = (page: RenderedPage, label: string) => page.find(label, cls('nut-button')) !== null;

async function cancelAndConfirm(page: RenderedPage) {
  await page.tap('取消预约', cls('nut-button'));
  expect(await page.shows('确定要取消这次预约吗')).toBe(true);
  await page.tap('确认取消');
}

describe('预约详情 (weapp build)', () => {
  test('a confirmed booking shows its entry code and deadlines, and offers 改期, 取消预约 and 投诉建议', async () => {
    const page = await open();
    expect(await page.shows('T-123456')).toBe(true);
    const text = page.text();
    expect(status(page)).toBe('已预约');
    expect(text).toContain('星河科技馆');
    expect(text).toContain('王小明');
    expect(text).toContain(`开始前可取消的截止时间：${TOMORROW} 08:00`);
    expect(text).toContain(`开始前可改期的截止时间：${TOMORROW} 08:00`);
    expect(callsTo('booking.get').map((c) => c.data)).toEqual([{ bookingId: 'b-1' }]);

    await page.tap('改期', cls('nut-button'));
    await page.tap('对这次参观有意见？投诉建议 ›');
    expect(navigated('navigateTo')).toEqual([
      '/booking/change/index?bookingId=b-1',
      '/complaint/file/index?bookingId=b-1',
    ]);
  }, 20000);

  test('取消预约 asks first, cancels, says 已取消预约 and shows the booking cancelled', async () => {
    answers['booking.cancel'] = { ...current, status: 'cancelled', actions: ['complain'] };
    const page = await open();
    await cancelAndConfirm(page);
    expect(await page.shows('已取消预约')).toBe(true);
    expect(callsTo('booking.cancel').map((c) => c.data)).toEqual([{ bookingId: 'b-1' }]);
    expect(await waitFor(() => status(page) === '已取消')).toBe(true);
    expect(hasButton(page, '取消预约')).toBe(false);
    expect(hasButton(page, '改期')).toBe(false);
    expect(page.text()).not.toContain('T-123456');
    // The answer is the new state: nothing needed loading again.
    expect(callsTo('booking.get')).toHaveLength(1);
  }, 20000);

  test('a cancel the booking moved past is said, and the booking is loaded again', async () => {
    answers['booking.cancel'] = () => {
      current = { ...current, status: 'cancelled_by_venue', reason: '设备检修', actions: ['complain'] };
      return fails('INVALID_STATE', '当前状态不允许此操作');
    };
    const page = await open();
    await cancelAndConfirm(page);
    expect(await page.shows('当前状态不允许此操作')).toBe(true);
    expect(await waitFor(() => callsTo('booking.get').length === 2)).toBe(true);
    expect(await waitFor(() => status(page) === '场馆已取消')).toBe(true);
    expect(page.text()).toContain('设备检修');
    expect(hasButton(page, '取消预约')).toBe(false);
  }, 20000);

  test('a cancel the network cut off is sent again with the same requestId', async () => {
    answers['booking.cancel'] = () => {
      throw new Error('offline');
    };
    const page = await open();
    await cancelAndConfirm(page);
    expect(await page.shows('网络异常，请检查网络后重试', 8000)).toBe(true);
    answers['booking.cancel'] = { ...current, status: 'cancelled', actions: [] };
    await cancelAndConfirm(page);
    expect(await page.shows('已取消预约')).toBe(true);
    const cancels = callsTo('booking.cancel');
    expect(cancels.length).toBeGreaterThan(2);
    expect(new Set(cancels.map((c) => c.requestId)).size).toBe(1);
  }, 20000);

  test('a visit checked in offers the rating only: unrated aspects are pointed out, the rating is sent once given', async () => {
    current = booking({ status: 'checked_in', checkedInAt: at(TOMORROW, '09:50'), actions: ['rate', 'complain'] });
    answers['feedback.create'] = (data: Record<string, unknown>) => ({ ...data, createdAt: at(TOMORROW, '12:00') });
    const page = await open();
    expect(page.text()).toContain(`已入场 · ${TOMORROW} 09:50`);
    expect(page.text()).toContain('评价本次参观');
    expect(hasButton(page, '取消预约')).toBe(false);
    expect(hasButton(page, '改期')).toBe(false);
    expect(callsTo('checkin.token')).toEqual([]);

    await page.tap('提交评价', cls('nut-button'));
    expect(await page.shows('请打1到5分')).toBe(true);
    expect(callsTo('feedback.create')).toEqual([]);

    // Five stars per aspect, in order: 4 for the experience, 5 for the exhibits, 3 for the service.
    const stars = page.dom().querySelectorAll(cls('rating__star'));
    for (const n of [3, 9, 12]) fire(stars[n], 'tap');
    await settle();
    await page.tap('提交评价', cls('nut-button'));
    expect(await page.shows('感谢您的评价')).toBe(true);
    expect(callsTo('feedback.create').map((c) => c.data)).toEqual([
      { bookingId: 'b-1', experience: 4, exhibitCondition: 5, service: 3 },
    ]);
    expect(await page.shows('我的评价')).toBe(true);
    expect(hasButton(page, '提交评价')).toBe(false);
  }, 20000);

  test('a booking the venue cancelled offers its nearest slots; a slot taken meanwhile loads the offer again', async () => {
    const first = slot('s-14', TOMORROW, '14:00');
    const second = slot('s-16', TOMORROW, '16:00');
    current = booking({
      status: 'cancelled_by_venue',
      reason: '设备检修',
      actions: ['rebook', 'complain'],
      alternatives: [first, second],
    });
    answers['booking.rebook'] = () => {
      current = { ...current, alternatives: [second] };
      return fails('SLOT_FULL', '该时段已约满，请选择其他时段');
    };
    const page = await open();
    await tapInRow(page, '14:00', '改约到此时段');
    expect(await page.shows('该时段已约满，请选择其他时段')).toBe(true);
    expect(callsTo('booking.rebook').map((c) => c.data)).toEqual([{ bookingId: 'b-1', slotId: 's-14' }]);
    expect(await waitFor(() => callsTo('booking.get').length === 2)).toBe(true);
    expect(await waitFor(() => !page.text().includes('14:00–15:00'))).toBe(true);

    answers['booking.rebook'] = booking({ id: 'b-2', slotId: 's-16', start: second.start, end: second.end });
    await tapInRow(page, '16:00', '改约到此时段');
    expect(await page.shows('改约成功')).toBe(true);
    expect(await waitFor(() => status(page) === '已预约')).toBe(true);
    expect(page.text()).toContain('b-2');
    expect(page.text()).not.toContain('改约到此时段');
  }, 20000);

  test('a booking by the hour the venue cancelled offers other times and rooms; one tap books the offer with its purpose and headcount', async () => {
    const offer = {
      resourceId: 'res-meeting-b',
      resourceName: '会议室B',
      capacity: 20,
      start: at(TOMORROW, '14:00'),
      end: at(TOMORROW, '15:15'),
    };
    current = roomBooking({ status: 'cancelled_by_venue', reason: '设备检修', actions: ['rebook'], offers: [offer] });
    answers['booking.create'] = roomBooking({ id: 'b-new', resourceId: 'res-meeting-b', resourceName: '会议室B' });
    const page = openPage('booking/detail/index', { bookingId: 'b-room' });
    expect(await page.shows('可改约到以下时间或场地')).toBe(true);
    expect(page.text()).toContain('会议室B · 14:00–15:15 · 可容纳20人');
    await page.tap('改约到此', cls('nut-button'));
    expect(await page.shows('改约成功')).toBe(true);
    expect(callsTo('booking.create').map((c) => c.data)).toEqual([
      { resourceId: 'res-meeting-b', start: offer.start, end: offer.end, purpose: '项目周会', headcount: 8 },
    ]);
    expect(navigated('redirectTo')).toEqual(['/booking/detail/index?bookingId=b-new']);
  }, 20000);

  test('a booking by the hour the venue cancelled with nothing free says so', async () => {
    current = roomBooking({ status: 'cancelled_by_venue', reason: '设备检修', actions: ['rebook'], offers: [] });
    const page = openPage('booking/detail/index', { bookingId: 'b-room' });
    expect(await page.shows('近期没有空闲的时间或场地')).toBe(true);
  }, 20000);

  test('a booking by the hour shows its purpose, headcount and booker with department, and no attendee section', async () => {
    current = roomBooking({
      status: 'pending_approval',
      actions: ['cancel'],
      booker: { name: '李雷', phoneMasked: '139****0000', department: '市场部' },
    });
    const page = openPage('booking/detail/index', { bookingId: 'b-room' });
    expect(await page.shows('会议室A')).toBe(true);
    const text = page.text();
    expect(status(page)).toBe('待审核');
    expect(text).toContain('使用目的项目周会');
    expect(text).toContain('人数8人');
    expect(text).toContain('预约人李雷（市场部） 139****0000');
    expect(text).toContain('14:00–15:15');
    expect(text).toContain('场馆审核中');
    expect(text).not.toContain('参观人');
    expect(hasButton(page, '取消预约')).toBe(true);
  }, 20000);

  test('an approved booking by the hour awaiting confirmation says by when, and 确认使用 confirms it', async () => {
    const confirmBy = at(TOMORROW, '10:00');
    current = roomBooking({ confirmBy, actions: ['cancel', 'change', 'complain', 'pass', 'confirm'] });
    answers['booking.confirm'] = () => ({
      ...current,
      confirmedAt: at(TOMORROW, '09:05'),
      actions: ['cancel', 'change', 'complain', 'pass'],
    });
    const page = openPage('booking/detail/index', { bookingId: 'b-room' });
    expect(await page.shows('会议室A')).toBe(true);
    expect(page.text()).toContain(`审核已通过，请在 ${monthDayTime(confirmBy)} 前确认使用，逾期自动释放`);
    expect(monthDayTime(confirmBy)).toMatch(/^\d+月\d+日 10:00$/);
    // A booking by the hour is changed to another range of its room (booking/change shows the room's day).
    expect(hasButton(page, '改期')).toBe(true);
    expect(page.text()).toContain(`开始前可改期的截止时间：${TOMORROW} 08:00`);
    expect(hasButton(page, '取消预约')).toBe(true);

    await page.tap('改期', cls('nut-button'));
    expect(navigated('navigateTo')).toEqual(['/booking/change/index?bookingId=b-room']);

    await page.tap('确认使用', cls('nut-button'));
    expect(await page.shows(`已确认 · ${TOMORROW} 09:05`)).toBe(true);
    expect(callsTo('booking.confirm').map((c) => c.data)).toEqual([{ bookingId: 'b-room' }]);
    expect(page.text()).toContain('已确认使用');
    expect(page.text()).not.toContain('审核已通过');
    expect(hasButton(page, '确认使用')).toBe(false);
    expect(status(page)).toBe('已预约');
  }, 20000);

  test('开始使用 starts the use of a room in its check-in window; the booking then reads 使用中 and offers 结束使用', async () => {
    current = roomBooking({ actions: ['cancel', 'complain', 'pass', 'use'] });
    answers['booking.use'] = () => ({
      ...current,
      status: 'checked_in',
      checkedInAt: at(TOMORROW, '13:55'),
      actions: ['rate', 'complain', 'return'],
    });
    const page = openPage('booking/detail/index', { bookingId: 'b-room' });
    expect(await page.shows('会议室A')).toBe(true);
    expect(hasButton(page, '确认使用')).toBe(false);
    await page.tap('开始使用', cls('nut-button'));
    expect(await page.shows(`开始使用 · ${TOMORROW} 13:55`)).toBe(true);
    expect(callsTo('booking.use').map((c) => c.data)).toEqual([{ bookingId: 'b-room' }]);
    expect(status(page)).toBe('使用中');
    expect(hasButton(page, '开始使用')).toBe(false);
    expect(hasButton(page, '取消预约')).toBe(false);
    expect(page.text()).not.toContain('已入场');
    // Rated once the use has ended.
    expect(page.text()).not.toContain('提交评价');

    await page.tap('结束使用', cls('nut-button'));
    expect(navigated('navigateTo')).toEqual(['/booking/return/index?bookingId=b-room']);
  }, 20000);

  test('a use ended shows the condition: 正常, or the damage with its photo and that it went to 行政部', async () => {
    const photo = 'cloud://cloud1.636c-cloud1-1300000000/complaints/d1.jpg';
    const used = { status: 'checked_in' as const, checkedInAt: at(TOMORROW, '13:55') };
    current = roomBooking({
      ...used,
      returned: { at: at(TOMORROW, '15:10'), condition: 'ok' },
      actions: ['rate', 'complain'],
    });
    let page = openPage('booking/detail/index', { bookingId: 'b-room' });
    expect(await page.shows('已结束使用 · 正常')).toBe(true);
    expect(status(page)).toBe('已结束');
    expect(page.text()).toContain(`结束时间 · ${TOMORROW} 15:10`);
    expect(page.text()).not.toContain('已转行政部处理');
    expect(hasButton(page, '结束使用')).toBe(false);
    expect(hasButton(page, '提交评价')).toBe(true);
    // Rated as a use of the room, not as a visit.
    expect(page.text()).toContain('评价本次使用');
    expect(page.text()).toContain('设施状况');
    expect(page.text()).not.toContain('展品');
    page.close();

    current = roomBooking({
      ...used,
      returned: { at: at(TOMORROW, '15:10'), condition: 'damaged', note: '投影幕布撕裂', photos: [photo] },
      actions: ['complain'],
    });
    page = openPage('booking/detail/index', { bookingId: 'b-room' });
    expect(await page.shows('已结束使用 · 有损坏：投影幕布撕裂')).toBe(true);
    expect(page.text()).toContain('已转行政部处理（设施设备）');
    // The photo is shown as a thumbnail that opens full screen.
    fire(page.dom().querySelector(cls('photo-grid__image'))!, 'tap');
    await settle();
    expect(wxCalls.filter((c) => c.api === 'previewImage').map((c) => c.arg.urls)).toEqual([[photo]]);
  }, 20000);

  test('equipment keeps its pass for staff to hand it out, says where to collect it, and is flagged 未归还 when late', async () => {
    current = projectorBooking();
    let page = openPage('booking/detail/index', { bookingId: 'b-projector' });
    expect(await page.shows('T-123456')).toBe(true);
    expect(page.text()).toContain('设备请到管理处领取和归还');
    expect(hasButton(page, '开始使用')).toBe(false);
    expect(page.text()).not.toContain('未归还');
    page.close();

    current = projectorBooking({
      status: 'checked_in',
      checkedInAt: at(TOMORROW, '13:50'),
      unreturned: true,
      actions: ['complain', 'return'],
    });
    page = openPage('booking/detail/index', { bookingId: 'b-projector' });
    expect(await page.shows('未归还')).toBe(true);
    const tags = Array.from(page.dom().querySelectorAll(cls('nut-tag'))).map((t) => t.textContent?.trim());
    expect(tags).toEqual(['使用中', '未归还']);
    // In red, as the other refusals and warnings of the app.
    expect(page.find('未归还', cls('nut-tag-text'))?.getAttribute('style')).toContain('#d4380d');
    expect(page.text()).toContain(`已领取 · ${TOMORROW} 13:50`);
    expect(page.text()).toContain('请尽快将设备归还管理处');
    expect(hasButton(page, '结束使用')).toBe(true);
  }, 20000);

  test('添加到日历 puts a room booking still ahead into the phone’s calendar: what, when, where and who', async () => {
    current = roomBooking({
      actions: ['cancel', 'change', 'complain'],
      booker: { name: '李雷', phoneMasked: '139****0000', department: '市场部' },
    });
    const page = openPage('booking/detail/index', { bookingId: 'b-room' });
    expect(await page.shows('会议室A')).toBe(true);
    await page.tap('添加到日历', cls('nut-button'));
    expect(await page.shows(CALENDAR_ADDED)).toBe(true);
    const added = wxCalls.filter((c) => c.api === 'addPhoneCalendar').map((c) => c.arg);
    expect(added).toEqual([
      {
        title: '会议室A · 项目周会',
        startTime: Date.parse(at(TOMORROW, '14:00')) / 1000,
        endTime: String(Date.parse(at(TOMORROW, '15:15')) / 1000),
        location: '创新园区 A座3楼',
        description: '使用目的：项目周会\n人数：8人\n预约人：李雷（市场部）',
        alarm: true,
        alarmOffset: 900,
        success: expect.any(Function),
        fail: expect.any(Function),
      },
    ]);
  }, 20000);

  test('添加到日历 says so when the calendar refuses, and is offered only for a booking still going ahead', async () => {
    const wx = (global as unknown as { wx: Record<string, unknown> }).wx;
    const granted = wx.addPhoneCalendar;
    wx.addPhoneCalendar = (arg: { fail?: (res: { errMsg: string }) => void }) =>
      arg.fail?.({ errMsg: 'addPhoneCalendar:fail auth deny' });
    try {
      current = roomBooking({ status: 'pending_approval', actions: ['cancel'] });
      let page = openPage('booking/detail/index', { bookingId: 'b-room' });
      expect(await page.shows('会议室A')).toBe(true);
      await page.tap('添加到日历', cls('nut-button'));
      expect(await page.shows(CALENDAR_FAILED)).toBe(true);
      expect(page.text()).not.toContain(CALENDAR_ADDED);
      page.close();

      // A slot booking: its attendees instead of a purpose.
      current = booking();
      page = await open();
      expect(hasButton(page, '添加到日历')).toBe(true);
      page.close();

      for (const over of [
        { status: 'cancelled' as const, actions: [] },
        { status: 'checked_in' as const, actions: ['return' as const] },
        { start: at(TODAY, '00:00'), end: at(TODAY, '00:15'), actions: [] },
      ]) {
        current = roomBooking(over);
        page = openPage('booking/detail/index', { bookingId: 'b-room' });
        expect(await page.shows('会议室A')).toBe(true);
        expect(hasButton(page, '添加到日历')).toBe(false);
        page.close();
      }
    } finally {
      wx.addPhoneCalendar = granted;
    }
  }, 20000);
});

describe('预约详情 of a paid ticket (weapp build)', () => {
  const PAYMENT: PaymentView = {
    timeStamp: '1796000000',
    nonceStr: 'n0nce',
    package: 'prepay_id=wx2026',
    signType: 'MD5',
    paySign: 'C0FFEE',
  };
  /** What wx.requestPayment was asked, and how the payer ends the sheet (`null`: paid). */
  let sheets: Record<string, unknown>[];
  let sheetFails: string | null;

  beforeEach(() => {
    current = pendingBooking();
    answers['resource.list'] = [PRICED];
    sheets = [];
    sheetFails = null;
    paymentSheet = (arg) => {
      sheets.push(arg);
      setTimeout(() =>
        sheetFails
          ? arg.fail?.({ errMsg: `requestPayment:fail ${sheetFails}` })
          : arg.success?.({ errMsg: 'requestPayment:ok' }),
      );
    };
  });

  const confirmed = () =>
    booking({
      ...current,
      status: 'confirmed',
      actions: ['cancel', 'complain', 'pass'],
      order: order({ status: 'paid', paidAt: at(TODAY, '08:05') }),
    });

  test('an order waiting for its payment shows its tickets, the time left to pay, 去支付 and 取消订单', async () => {
    const page = await open();
    expect(status(page)).toBe('待支付');
    expect(await page.shows('剩余支付时间')).toBe(true);
    const countdown = page.find('剩余支付时间')?.textContent?.trim();
    expect(countdown).toMatch(/^剩余支付时间 1[45]:\d\d$/);
    const text = page.text();
    expect(text).toContain('王小明全价¥80');
    expect(text).toContain('李小红学生 · 需出示学生证¥40');
    expect(text).toContain('合计¥120');
    expect(text).not.toContain('支付时间20');
    expect(hasButton(page, '去支付')).toBe(true);
    expect(hasButton(page, '取消订单')).toBe(true);
    expect(hasButton(page, '取消预约')).toBe(false);
    // It ticks each second.
    expect(await waitFor(() => page.find('剩余支付时间')?.textContent?.trim() !== countdown, 2500)).toBe(true);
  }, 20000);

  test('去支付 asks order.pay, opens WeChat’s payment sheet with its parameters, then order.check shows the ticket confirmed', async () => {
    answers['order.pay'] = () => ({ booking: current, payment: PAYMENT });
    answers['order.check'] = confirmed;
    const page = await open();
    await page.tap('去支付', cls('nut-button'));
    expect(await page.shows('支付成功')).toBe(true);
    expect(calls.filter((c) => c.action.startsWith('order.')).map((c) => [c.action, c.data])).toEqual([
      ['order.pay', { bookingId: 'b-1' }],
      ['order.check', { bookingId: 'b-1' }],
    ]);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toMatchObject(PAYMENT);
    expect(await waitFor(() => status(page) === '已预约')).toBe(true);
    expect(page.text()).toContain(`支付时间${TODAY} 08:05`);
    expect(page.text()).not.toContain('剩余支付时间');
    expect(hasButton(page, '去支付')).toBe(false);
    expect(hasButton(page, '取消预约')).toBe(true);
  }, 20000);

  test('a payment sheet closed by the payer says 已取消支付 and the order still waits; a declined one says so', async () => {
    answers['order.pay'] = () => ({ booking: current, payment: PAYMENT });
    answers['order.check'] = confirmed;
    sheetFails = 'cancel';
    const page = await open();
    await page.tap('去支付', cls('nut-button'));
    expect(await page.shows('已取消支付')).toBe(true);
    sheetFails = '余额不足';
    await page.tap('去支付', cls('nut-button'));
    expect(await page.shows('支付失败，请稍后重试')).toBe(true);
    expect(sheets).toHaveLength(2);
    expect(callsTo('order.check')).toEqual([]);
    expect(status(page)).toBe('待支付');
    expect(hasButton(page, '去支付')).toBe(true);
  }, 20000);

  test('an order found paid meanwhile is confirmed without a payment sheet', async () => {
    answers['order.pay'] = () => ({ booking: confirmed() });
    const page = await open();
    await page.tap('去支付', cls('nut-button'));
    expect(await page.shows('支付成功')).toBe(true);
    expect(await waitFor(() => status(page) === '已预约')).toBe(true);
    expect(sheets).toEqual([]);
    expect(callsTo('order.check')).toEqual([]);
  }, 20000);

  test('a hold over when paying is said, and the booking is loaded again', async () => {
    answers['order.pay'] = () => {
      current = { ...current, status: 'expired', actions: [], order: order({ status: 'expired' }) };
      return fails('INVALID_STATE', '支付时间已过，名额已释放', { reason: 'hold_expired' });
    };
    const page = await open();
    await page.tap('去支付', cls('nut-button'));
    expect(await page.shows('支付时间已过，名额已释放')).toBe(true);
    expect(await waitFor(() => status(page) === '支付超时')).toBe(true);
    expect(page.text()).toContain('已超时');
    expect(hasButton(page, '去支付')).toBe(false);
    expect(sheets).toEqual([]);
  }, 20000);

  test('the countdown stops at 00:00 and the booking is loaded again', async () => {
    current = pendingBooking({ order: order({ holdUntil: toIso(Date.now() + 1200) }) });
    answers['booking.get'] = () => {
      const shown = current;
      current = { ...current, status: 'expired', actions: [], order: order({ status: 'expired' }) };
      return shown;
    };
    const page = await open();
    expect(await waitFor(() => callsTo('booking.get').length === 2, 4000)).toBe(true);
    expect(await waitFor(() => status(page) === '支付超时')).toBe(true);
    expect(hasButton(page, '去支付')).toBe(false);
    await settle(1500);
    expect(callsTo('booking.get')).toHaveLength(2);
  }, 20000);

  test('取消订单 asks first and gives the unpaid order up', async () => {
    answers['booking.cancel'] = () => ({
      ...current,
      status: 'cancelled',
      actions: [],
      order: order({ status: 'cancelled' }),
    });
    const page = await open();
    await page.tap('取消订单', cls('nut-button'));
    expect(await page.shows('确定要取消这个订单吗')).toBe(true);
    await page.tap('确认取消');
    expect(await page.shows('订单已取消')).toBe(true);
    expect(callsTo('booking.cancel').map((c) => c.data)).toEqual([{ bookingId: 'b-1' }]);
    expect(await waitFor(() => status(page) === '已取消')).toBe(true);
  }, 20000);

  test('the cancel dialog of a paid ticket states the refund it gets now, by the rule’s tier', async () => {
    for (const [hoursAhead, says] of [
      [72, '将退还 ¥120，确定要取消这次预约吗？'],
      [24, '将退还 ¥60（票款的50%），确定要取消这次预约吗？'],
      [1, '已过退款时间，取消将不退款，确定要取消这次预约吗？'],
    ] as const) {
      current = paidBooking(Date.now() + hoursAhead * HOUR_MS);
      const page = await open();
      expect(page.text()).toContain('已支付');
      await page.tap('取消预约', cls('nut-button'));
      expect(await page.shows(says)).toBe(true);
      page.close();
    }
    expect(callsTo('booking.cancel')).toEqual([]);
  }, 20000);

  test('after cancelling a paid ticket the refund shows in the order: 退款中, then 已退款', async () => {
    current = paidBooking(Date.now() + 72 * HOUR_MS);
    const refunding = order({
      status: 'refunding',
      paidAt: at(TODAY, '08:05'),
      lines: order().lines.map((l) => ({ ...l, cancelled: true })),
      refundedFen: 12000,
      refunds: [{ fen: 12000, settled: false, at: at(TODAY, '09:00') }],
    });
    answers['booking.cancel'] = () => ({ ...current, status: 'cancelled', actions: [], order: refunding });
    let page = await open();
    await page.tap('取消预约', cls('nut-button'));
    expect(await page.shows('将退还 ¥120')).toBe(true);
    await page.tap('确认取消');
    expect(await page.shows('已取消，¥120将原路退回')).toBe(true);
    expect(await waitFor(() => status(page) === '已取消')).toBe(true);
    expect(page.text()).toContain(`退款中¥120 · ${TODAY} 09:00`);
    expect(page.text()).toContain('已退¥80');
    page.close();

    current = {
      ...current,
      status: 'cancelled',
      actions: [],
      order: { ...refunding, status: 'refunded', refunds: [{ fen: 12000, settled: true, at: at(TODAY, '09:01') }] },
    };
    page = await open();
    expect(page.text()).toContain(`已退款¥120 · ${TODAY} 09:01`);
    expect(page.find('已退款', cls('nut-tag'))).not.toBeNull();
    expect(page.text()).not.toContain('退款中');
  }, 20000);

  test('退此票 gives back one ticket of a group order: the dialog states its refund, the other ticket stays', async () => {
    current = paidBooking(Date.now() + 72 * HOUR_MS);
    const [first, second] = current.order!.lines;
    answers['booking.cancel'] = () => ({
      ...current,
      attendees: current.attendees.filter((a) => a.id !== second.attendeeId),
      order: order({
        status: 'refunding',
        paidAt: at(TODAY, '08:05'),
        lines: [first, { ...second, cancelled: true, name: '李小红' }],
        refundedFen: 4000,
        refunds: [{ fen: 4000, settled: false, at: at(TODAY, '09:00') }],
      }),
    });
    const page = await open();
    const returnOf = (nth: number) =>
      page.dom().querySelectorAll(cls('order-card__line'))[nth]?.querySelector(cls('order-card__return'));
    const back = returnOf(1);
    expect(back?.textContent).toBe('退此票');
    fire(back!, 'tap');
    expect(await page.shows('将退还 ¥40，确定要退李小红的票吗？其他人的票不受影响。')).toBe(true);
    await page.tap('确认退票');
    expect(await page.shows('已退票')).toBe(true);
    expect(callsTo('booking.cancel').map((c) => c.data)).toEqual([
      { bookingId: 'b-1', attendeeIds: [second.attendeeId] },
    ]);
    expect(await waitFor(() => page.text().includes('退款中¥40'))).toBe(true);
    expect(page.text()).toContain('李小红');
    // One ticket left: giving it back is cancelling the booking.
    expect(page.dom().querySelector(cls('order-card__return'))).toBeNull();
  }, 20000);
});

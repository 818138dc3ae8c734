/**
 * 确认预约 and 加入候补 (weapp build): the slot and the visitor's attendees; 确认预约 books the ticked ones and
 * goes to the booking; a slot that filled meanwhile (SLOT_FULL) is said and loaded again; a booking cut off by
 * the network is sent again with its requestId; 加入候补 joins a full slot's waiting list; on a priced
 * resource a ticket type per attendee, the total, and 提交订单 leading to the order waiting for its payment.
 * Needs `npm run build:weapp` first.
 */
import {
  answers,
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
  type RenderedPage,
} from '../../testing/weappPage';
import { ATTENDEE2, PRICED, pendingBooking } from '../components/testing';
import { THEATRE, seating } from '../seats/testing';
import { ATTENDEE, ME, RESOURCE, TOMORROW, booking, slot, waitEntry } from '../testing';

const OPEN = slot('s-10', TOMORROW, '10:00');
const FULL = slot('s-10', TOMORROW, '10:00', { remaining: 0, status: 'full', waiting: 3 });
const QUERY = { slotId: OPEN.id, resourceId: RESOURCE.id, venueId: RESOURCE.venueId, date: TOMORROW };

beforeAll(startApp);
beforeEach(() => {
  reset();
  Object.assign(answers, {
    'user.me': ME,
    'resource.list': [RESOURCE],
    'slot.list': [OPEN],
    'attendee.list': [ATTENDEE],
    'notify.templates': [],
  });
});
afterEach(closePages);

async function open(query: Record<string, string> = QUERY) {
  const page = openPage('booking/confirm/index', query);
  if (!(await page.shows('王小明'))) throw new Error(`the page did not load: ${page.text()}`);
  await page.tap('王小明', cls('nut-checkbox'));
  return page;
}

const tapButton = (page: RenderedPage, label: string) => page.tap(label, cls('nut-button'));

describe('确认预约 (weapp build)', () => {
  test('shows the slot, books the ticked attendee and goes to the booking', async () => {
    answers['booking.create'] = booking();
    const page = await open();
    const text = page.text();
    expect(text).toContain('VR飞行体验');
    expect(text).toContain('10:00–11:00');
    expect(text).toContain('12 / 30');
    expect(text).toContain('选择参观人（每单最多5人）');
    expect(callsTo('slot.list').map((c) => c.data)).toEqual([
      { resourceId: RESOURCE.id, from: TOMORROW, to: TOMORROW },
    ]);

    await tapButton(page, '确认预约');
    expect(await page.shows('预约成功')).toBe(true);
    expect(callsTo('booking.create').map((c) => c.data)).toEqual([{ slotId: OPEN.id, attendeeIds: [ATTENDEE.id] }]);
    expect(await waitFor(() => navigated('redirectTo').length > 0, 3000)).toBe(true);
    expect(navigated('redirectTo')).toEqual(['/booking/detail/index?bookingId=b-1']);
  }, 20000);

  test('a slot that filled meanwhile is said, and the slot is loaded again to show it full', async () => {
    answers['booking.create'] = () => {
      answers['slot.list'] = [FULL];
      return fails('SLOT_FULL', '该时段已约满，请选择其他时段');
    };
    const page = await open();
    await tapButton(page, '确认预约');
    expect(await page.shows('该时段已约满，请选择其他时段')).toBe(true);
    expect(await waitFor(() => callsTo('slot.list').length === 2)).toBe(true);
    expect(await page.shows('0 / 30')).toBe(true);
    expect(page.find('已约满', cls('nut-tag'))).not.toBeNull();
    expect(navigated('redirectTo')).toEqual([]);
  }, 20000);

  test('a refusal that is not about the slot is said without loading it again', async () => {
    answers['booking.create'] = fails('LIMIT_EXCEEDED', '超过预约人数或次数限制');
    const page = await open();
    await tapButton(page, '确认预约');
    expect(await page.shows('超过预约人数或次数限制')).toBe(true);
    expect(callsTo('slot.list')).toHaveLength(1);
    expect(navigated('redirectTo')).toEqual([]);
  }, 20000);

  test('a booking the network cut off is sent again with the same requestId', async () => {
    answers['booking.create'] = () => {
      throw new Error('offline');
    };
    const page = await open();
    await tapButton(page, '确认预约');
    expect(await page.shows('网络异常，请检查网络后重试', 8000)).toBe(true);
    answers['booking.create'] = booking();
    await tapButton(page, '确认预约');
    expect(await page.shows('预约成功')).toBe(true);
    const creates = callsTo('booking.create');
    expect(creates.length).toBeGreaterThan(2);
    expect(new Set(creates.map((c) => c.requestId)).size).toBe(1);
    expect(creates.at(-1)?.data).toEqual({ slotId: OPEN.id, attendeeIds: [ATTENDEE.id] });
  }, 20000);
});

describe('加入候补 (weapp build)', () => {
  beforeEach(() => {
    answers['slot.list'] = [FULL];
  });
  const WAITLIST = { ...QUERY, mode: 'waitlist' };

  test('joins the full slot’s waiting list and shows the place in the queue', async () => {
    answers['waitlist.join'] = waitEntry(FULL);
    const page = await open(WAITLIST);
    expect(page.text()).toContain('3人排队中');
    await tapButton(page, '加入候补');
    expect(await page.shows('已加入候补，当前第4位')).toBe(true);
    expect(callsTo('waitlist.join').map((c) => c.data)).toEqual([{ slotId: FULL.id, attendeeIds: [ATTENDEE.id] }]);
    expect(page.text()).toContain('退出候补');
  }, 20000);

  test('a slot with room again is said, and loaded again', async () => {
    answers['waitlist.join'] = () => {
      answers['slot.list'] = [OPEN];
      return fails('INVALID_STATE', '该时段尚有余位，请直接预约');
    };
    const page = await open(WAITLIST);
    await tapButton(page, '加入候补');
    expect(await page.shows('该时段尚有余位，请直接预约')).toBe(true);
    expect(await waitFor(() => callsTo('slot.list').length === 2)).toBe(true);
    expect(await page.shows('12 / 30')).toBe(true);
  }, 20000);
});

describe('提交订单 of paid tickets (weapp build)', () => {
  beforeEach(() => {
    answers['resource.list'] = [PRICED];
    answers['attendee.list'] = [ATTENDEE, ATTENDEE2];
  });

  /** The radio button reading `label` in the ticket row of the `nth` selected attendee. */
  async function chooseTicket(page: RenderedPage, nth: number, label: string) {
    const row = page.dom().querySelectorAll(cls('ticket-types__row'))[nth];
    const button = Array.from(row?.querySelectorAll(cls('nut-radio-button')) ?? []).find(
      (b) => b.textContent?.trim() === label,
    );
    if (!button) throw new Error(`no ${label} in ticket row ${nth}`);
    fire(button, 'tap');
    await settle();
  }

  test('each attendee takes 全价 unless another type is chosen; the total and ticketTypes follow the choice', async () => {
    answers['booking.create'] = pendingBooking();
    const page = await open();
    expect(page.text()).toContain('选择票种王小明全价 ¥80学生 ¥40儿童 ¥30合计（1张）¥80');
    await page.tap('李小红', cls('nut-checkbox'));
    expect(await page.shows('合计（2张）')).toBe(true);
    const row = () => page.dom().querySelectorAll(cls('ticket-types__row'))[1]?.textContent ?? '';
    expect(row()).toContain('李小红全价 ¥80学生 ¥40儿童 ¥30');
    expect(page.text()).toContain('合计（2张）¥160');
    expect(page.find('提交订单 ¥160', cls('nut-button'))).not.toBeNull();
    expect(page.text()).not.toContain('需出示学生证');
    expect(page.text()).toContain('提交后请在15分钟内完成支付');
    expect(page.text()).toContain('开始48小时前取消全额退款，开始2小时前取消退还50%');

    await chooseTicket(page, 1, '学生 ¥40');
    expect(await page.shows('合计（2张）¥120')).toBe(true);
    expect(row()).toContain('需出示学生证');
    await tapButton(page, '提交订单 ¥120');
    expect(await page.shows('订单已提交，请在15分钟内支付')).toBe(true);
    expect(page.text()).not.toContain('预约成功');
    expect(callsTo('booking.create').map((c) => c.data)).toEqual([
      { slotId: OPEN.id, attendeeIds: [ATTENDEE.id, ATTENDEE2.id], ticketTypes: { 'a-1': 'adult', 'a-2': 'student' } },
    ]);
    expect(await waitFor(() => navigated('redirectTo').length > 0, 3000)).toBe(true);
    expect(navigated('redirectTo')).toEqual(['/booking/detail/index?bookingId=b-1']);
  }, 20000);

  test('an attendee unticked drops out of the order and its total', async () => {
    const page = await open();
    await page.tap('李小红', cls('nut-checkbox'));
    await chooseTicket(page, 1, '儿童 ¥30');
    expect(await page.shows('合计（2张）¥110')).toBe(true);
    await page.tap('王小明', cls('nut-checkbox'));
    expect(await page.shows('合计（1张）¥30')).toBe(true);
    expect(page.find('提交订单 ¥30', cls('nut-button'))).not.toBeNull();
    await page.tap('李小红', cls('nut-checkbox'));
    expect(await waitFor(() => !page.text().includes('选择票种'))).toBe(true);
    expect(page.find('提交订单', cls('nut-button'))?.textContent?.trim()).toBe('提交订单');
  }, 20000);

  test('joining a priced slot’s waiting list takes no tickets', async () => {
    answers['slot.list'] = [FULL];
    const page = await open({ ...QUERY, mode: 'waitlist' });
    expect(page.text()).not.toContain('选择票种');
    expect(page.find('加入候补', cls('nut-button'))).not.toBeNull();
  }, 20000);
});

describe('the seats chosen on the map (weapp build)', () => {
  beforeEach(() => {
    answers['resource.list'] = [THEATRE];
    answers['attendee.list'] = [ATTENDEE, ATTENDEE2];
    answers['slot.seats'] = seating(OPEN.id);
  });

  test('go to the attendees in the order they are ticked, priced by their zone, and are sent with the booking', async () => {
    answers['booking.create'] = pendingBooking();
    // 一楼 1排1座 (前区, 全价 ¥120) and 一楼 3排1座 (后区, the base ¥80).
    const page = await open({ ...QUERY, resourceId: THEATRE.id, seats: 'stalls_1_1,stalls_3_1' });
    expect(callsTo('slot.seats').map((c) => c.data)).toEqual([{ slotId: OPEN.id }]);
    expect(page.text()).toContain('已选2个座位，请选择2位参观人');
    expect(page.find('提交订单 ¥120', cls('nut-button'))?.className).toContain('disabled');
    await page.tap('李小红', cls('nut-checkbox'));
    expect(await page.shows('王小明 · 一楼 1排1座')).toBe(true);
    expect(page.text()).toContain('李小红 · 一楼 3排1座');
    expect(page.text()).toContain('合计（2张）¥200');
    await tapButton(page, '提交订单 ¥200');
    expect(await waitFor(() => callsTo('booking.create').length === 1)).toBe(true);
    expect(callsTo('booking.create')[0].data).toEqual({
      slotId: OPEN.id,
      attendeeIds: [ATTENDEE.id, ATTENDEE2.id],
      ticketTypes: { 'a-1': 'adult', 'a-2': 'adult' },
      seats: { 'a-1': 'stalls_1_1', 'a-2': 'stalls_3_1' },
    });
  }, 20000);
});

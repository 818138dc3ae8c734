/**
 * 确认预约 and 加入候补 (weapp build): the slot and the visitor's attendees; 确认预约 books the ticked ones and
 * goes to the booking; a slot that filled meanwhile (SLOT_FULL) is said and loaded again; a booking cut off by
 * the network is sent again with its requestId; 加入候补 joins a full slot's waiting list. Needs
 * `npm run build:weapp` first.
 */
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
  waitFor,
  type RenderedPage,
} from '../../testing/weappPage';
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

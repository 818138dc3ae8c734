/**
 * The approval queue (weapp build): 通过 and 驳回 (with its reason) send the booking and take it off the
 * queue; a reason is asked for before anything is sent; an approval another manager made first is toasted
 * and the queue is loaded again. Needs `npm run build:weapp` first.
 */
import type { BookingView } from '@shared/contract';
import {
  answers,
  callsTo,
  closePages,
  cls,
  fails,
  fire,
  openPage,
  reset,
  settle,
  startApp,
  waitFor,
  type RenderedPage,
} from '../../testing/weappPage';

const AT = '2026-12-05T10:00:00+08:00';
const booking = (id: string, name: string): BookingView => ({
  id,
  slotId: 's-1',
  resourceId: 'res-room',
  venueId: 'venue-museum',
  resourceName: '多功能厅',
  venueName: '星河科技馆',
  start: AT,
  end: '2026-12-05T11:00:00+08:00',
  status: 'pending_approval',
  attendees: [{ id: `a-${id}`, name, idMasked: '1101**********0011' }],
  createdAt: '2026-12-01T09:00:00+08:00',
  cancelDeadline: AT,
  changeDeadline: AT,
  actions: ['cancel', 'change'],
  checkinOpensAt: AT,
});

let queue: BookingView[] = [];

beforeAll(startApp);
beforeEach(() => {
  reset();
  queue = [booking('b-1', '张三'), booking('b-2', '李四')];
  answers['user.me'] = { openid: 'o-manager', roles: [{ role: 'manager' }], credit: { noShows: 0 } };
  answers['admin.booking.pending'] = () => queue;
});
afterEach(closePages);

/** The card of the booking of `name`. */
const card = (page: RenderedPage, name: string) => page.find(name, cls('card'));

async function open() {
  const page = openPage('manager/approvals/index', { venueId: 'venue-museum' });
  await page.shows('待审核 2 条');
  return page;
}

/** Taps `button` on the card of `name`. */
async function tapIn(page: RenderedPage, name: string, button: string) {
  const el = card(page, name);
  if (!el) throw new Error(`no card of ${name}`);
  const target = Array.from(el.querySelectorAll(cls('nut-button'))).find((b) => b.textContent?.includes(button));
  if (!target) throw new Error(`no ${button} on ${name}`);
  fire(target, 'tap');
  await settle();
}

describe('审核队列 (weapp build)', () => {
  test('通过 approves the booking and takes it off the queue', async () => {
    answers['booking.approve'] = { ...booking('b-2', '李四'), status: 'confirmed' };
    const page = await open();
    expect(callsTo('admin.booking.pending')[0]?.data).toEqual({ venueId: 'venue-museum' });
    await tapIn(page, '李四', '通过');
    expect(await page.shows('已通过')).toBe(true);
    expect(callsTo('booking.approve').map((c) => c.data)).toEqual([{ bookingId: 'b-2' }]);
    expect(await waitFor(() => !page.text().includes('李四'))).toBe(true);
    expect(page.text()).toContain('张三');
    page.close();
  }, 20000);

  test('驳回 asks for a reason, sends it and takes the booking off the queue', async () => {
    answers['booking.reject'] = { ...booking('b-1', '张三'), status: 'rejected', reason: '当天场地已安排活动' };
    const page = await open();
    await tapIn(page, '张三', '驳回');
    expect(await page.shows('原因会告知观众')).toBe(true);
    await page.tap('确认驳回');
    expect(await page.shows('请填写驳回原因')).toBe(true);
    expect(callsTo('booking.reject')).toEqual([]);
    await page.input('nut-input-native', '当天场地已安排活动');
    await page.tap('确认驳回');
    expect(await page.shows('已驳回')).toBe(true);
    expect(callsTo('booking.reject').map((c) => c.data)).toEqual([{ bookingId: 'b-1', reason: '当天场地已安排活动' }]);
    expect(await waitFor(() => card(page, '张三') === null)).toBe(true);
    expect(page.text()).toContain('李四');
    page.close();
  }, 20000);

  test('an approval another manager made first is toasted and the queue is loaded again', async () => {
    answers['booking.approve'] = () => {
      queue = [booking('b-2', '李四')];
      return fails('INVALID_STATE', '该预约已被处理');
    };
    const page = await open();
    await tapIn(page, '张三', '通过');
    expect(await page.shows('该预约已被处理')).toBe(true);
    expect(await page.shows('待审核 1 条')).toBe(true);
    expect(callsTo('admin.booking.pending')).toHaveLength(2);
    expect(card(page, '张三')).toBeNull();
    page.close();
  }, 20000);
});

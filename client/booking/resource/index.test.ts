/**
 * 选择时段 (weapp build): the resource with its 预约须知 (its prices and refunds where it sells tickets) and
 * today's slots; an open slot leads to 确认预约 (a seated hall's to 选择座位), a full one to 加入候补 on the same
 * page, a lottery resource's slots to their lottery. Needs `npm run build:weapp` first.
 */
import { resolvePricing } from '@shared/rules/policy';
import { addDays } from '@shared/time';
import {
  answers,
  callsTo,
  closePages,
  cls,
  navigated,
  openPage,
  reset,
  startApp,
  waitFor,
} from '../../testing/weappPage';
import { greyedDays } from '../../components/IntervalBooking/testing';
import { RESOURCE, TODAY, buttonInRow, slot, tapInRow } from '../testing';

const OPEN = slot('s-open', TODAY, '10:00');
const FULL = slot('s-full', TODAY, '14:00', { remaining: 0, status: 'full', waiting: 3 });
const ENDED = slot('s-ended', TODAY, '08:00', { status: 'ended' });

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['resource.list'] = [RESOURCE];
  answers['slot.list'] = [ENDED, OPEN, FULL];
});
afterEach(closePages);

const QUERY = { resourceId: RESOURCE.id, venueId: RESOURCE.venueId };

describe('选择时段 (weapp build)', () => {
  test('shows the resource, its rules and the slots of the next eight days from slot.list', async () => {
    const page = openPage('booking/resource/index', QUERY);
    expect(await page.shows('VR飞行体验')).toBe(true);
    await page.shows('10:00–11:00');
    const text = page.text();
    expect(text).toContain('二楼东厅');
    expect(text).toContain('戴上头显，飞越城市上空');
    expect(text).toContain('预约须知');
    expect(text).toContain('余 12 / 30');
    expect(text).toContain('3人候补');
    // A resource booked by slots greys no day of its eight, a weekend among them (its policy's week hours, Monday
    // to Friday by default, are those of booking by the hour).
    expect(greyedDays(page)).toEqual([]);
    expect(callsTo('resource.list').map((c) => c.data)).toEqual([{ venueId: RESOURCE.venueId }]);
    expect(callsTo('slot.list').map((c) => c.data)).toEqual([
      { resourceId: RESOURCE.id, from: TODAY, to: addDays(TODAY, 7) },
    ]);
    page.close();
  }, 20000);

  test('预约 opens 确认预约 for the slot; 候补 opens it to join the full slot’s waiting list', async () => {
    const page = openPage('booking/resource/index', QUERY);
    expect(await page.shows('候补')).toBe(true);
    const confirm = `/booking/confirm/index?slotId=s-open&resourceId=${RESOURCE.id}&venueId=${RESOURCE.venueId}&date=${TODAY}`;

    await tapInRow(page, '10:00', '预约');
    expect(await waitFor(() => navigated('navigateTo').length === 1)).toBe(true);
    expect(navigated('navigateTo')).toEqual([confirm]);

    await tapInRow(page, '14:00', '候补');
    expect(await waitFor(() => navigated('navigateTo').length === 2)).toBe(true);
    expect(navigated('navigateTo')[1]).toBe(
      `/booking/confirm/index?slotId=s-full&resourceId=${RESOURCE.id}&venueId=${RESOURCE.venueId}&date=${TODAY}&mode=waitlist`,
    );
    // A slot that has ended offers nothing.
    expect(buttonInRow(page, '08:00', '预约')).toBeNull();
    expect(buttonInRow(page, '08:00', '候补')).toBeNull();
    page.close();
  }, 20000);

  test('the slots of a lottery resource open their lottery, except those over', async () => {
    answers['resource.list'] = [{ ...RESOURCE, allocation: 'lottery' }];
    const page = openPage('booking/resource/index', QUERY);
    expect(await page.shows('抽签')).toBe(true);
    expect(buttonInRow(page, '08:00', '抽签')).toBeNull();
    expect(buttonInRow(page, '14:00', '候补')).toBeNull();
    expect(buttonInRow(page, '14:00', '抽签')).not.toBeNull();
    await tapInRow(page, '10:00', '抽签');
    expect(await waitFor(() => navigated('navigateTo').length === 1)).toBe(true);
    expect(navigated('navigateTo')).toEqual(['/lottery/slot/index?slotId=s-open']);
    page.close();
  }, 20000);

  test('a seated hall’s open session leads to 选择座位; a full one offers no waiting list', async () => {
    answers['resource.list'] = [{ ...RESOURCE, seats: 576 }];
    const page = openPage('booking/resource/index', QUERY);
    expect(await page.shows('选座')).toBe(true);
    expect(buttonInRow(page, '10:00', '预约')).toBeNull();
    await tapInRow(page, '10:00', '选座');
    expect(await waitFor(() => navigated('navigateTo').length === 1)).toBe(true);
    expect(navigated('navigateTo')).toEqual([
      `/booking/seats/index?slotId=s-open&resourceId=${RESOURCE.id}&venueId=${RESOURCE.venueId}&date=${TODAY}`,
    ]);
    expect(buttonInRow(page, '14:00', '候补')).toBeNull();
    expect(buttonInRow(page, '14:00', '选座')).toBeNull();
    expect(buttonInRow(page, '08:00', '选座')).toBeNull();
    page.close();
  }, 20000);

  test('a resource that sells tickets shows its prices first in 预约须知 and its refund rule last', async () => {
    const pricing = resolvePricing({
      ticketTypes: [
        { id: 'full', name: '全价', priceFen: 4000 },
        { id: 'student', name: '学生', priceFen: 2000, proof: '学生证' },
      ],
      refund: { fullHoursBefore: 48, partialHoursBefore: 2, partialPercent: 70 },
    });
    answers['resource.list'] = [{ ...RESOURCE, policy: { ...RESOURCE.policy, pricing } }];
    const page = openPage('booking/resource/index', QUERY);
    expect(await page.shows('预约须知')).toBe(true);
    const rules = Array.from(page.dom().querySelectorAll(cls('resource__rule'))).map((el) => el.textContent?.trim());
    expect(rules[0]).toBe('· 票价：全价 ¥40 · 学生 ¥20（需出示学生证）');
    expect(rules.at(-1)).toBe('· 退款：开始48小时前取消全额退款，开始2小时前取消退还70%，之后取消不退款');
    page.close();
  }, 20000);

  test('a free resource shows no prices and no refund rule', async () => {
    const page = openPage('booking/resource/index', QUERY);
    expect(await page.shows('预约须知')).toBe(true);
    expect(page.text()).not.toContain('票价');
    expect(page.text()).not.toContain('退款');
    page.close();
  }, 20000);

  test('a resource the venue no longer lists says so, and 重新加载 asks again', async () => {
    answers['resource.list'] = [];
    const page = openPage('booking/resource/index', QUERY);
    expect(await page.shows('加载失败')).toBe(true);
    expect(page.text()).toContain('未找到相关记录');
    answers['resource.list'] = [RESOURCE];
    await page.tap('重新加载');
    expect(await page.shows('VR飞行体验')).toBe(true);
    expect(callsTo('resource.list')).toHaveLength(2);
    page.close();
  }, 20000);
});

/**
 * Pausing a resource (weapp build): a reason is asked for before the confirmation; once confirmed the
 * closure is sent with its dates and reason, the count of closed slots is toasted and the page goes back.
 * A resource booked by the hour is paused by days: the page says its bookings are cancelled and their
 * bookers told.
 * Needs `npm run build:weapp` first.
 */
import type { ResourceView } from '@shared/contract';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import { dateOf } from '@shared/time';
import {
  answers,
  callsTo,
  closePages,
  cls,
  openPage,
  reset,
  startApp,
  waitFor,
  wxCalls,
} from '../../testing/weappPage';

const DOME: ResourceView = {
  id: 'res-dome',
  venueId: 'venue-museum',
  name: '球幕影院',
  kind: 'exhibit',
  mode: 'slot',
  allocation: 'fcfs',
  location: '一楼',
  policy: DEFAULT_POLICY,
};

const ROOM: ResourceView = { ...DOME, id: 'res-meeting-a', name: '会议室A', kind: 'room', mode: 'interval' };

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = { openid: 'o-manager', roles: [{ role: 'manager' }], credit: { noShows: 0 } };
  answers['resource.list'] = [DOME, ROOM];
  answers['admin.resource.close'] = { closed: 6 };
});
afterEach(closePages);

async function open(resourceId = 'res-dome') {
  const page = openPage('manager/resource-close/index', { resourceId });
  await page.shows('暂停原因');
  return page;
}

describe('暂停开放 (weapp build)', () => {
  test('without a reason it asks for one, under the field, and neither asks to confirm nor sends', async () => {
    const page = await open();
    await page.tap('暂停开放', cls('nut-button'));
    expect(await page.shows('请填写关闭原因')).toBe(true);
    expect(page.find('暂停原因', cls('field__label'))?.parentElement?.textContent).toContain('请填写关闭原因');
    expect(page.text()).not.toContain('确认暂停');
    expect(callsTo('admin.resource.close')).toEqual([]);
    page.close();
  }, 20000);

  test('confirmed, the closure is sent with its days and reason, and the page goes back', async () => {
    const page = await open();
    await page.input('nut-input-native', '展品维护');
    await page.tap('暂停开放', cls('nut-button'));
    expect(await page.shows('确定暂停「球幕影院」')).toBe(true);
    expect(callsTo('admin.resource.close')).toEqual([]);
    await page.tap('确认暂停');
    expect(await page.shows('已关闭6个时段')).toBe(true);
    const day = dateOf(Date.now());
    expect(callsTo('admin.resource.close').map((c) => c.data)).toEqual([
      { resourceId: 'res-dome', from: day, to: day, reason: '展品维护' },
    ]);
    expect(await waitFor(() => wxCalls.some((c) => c.api === 'navigateBack'))).toBe(true);
    page.close();
  }, 20000);

  test('a room booked by the hour is paused by days: its bookings are cancelled and their bookers told', async () => {
    answers['admin.resource.close'] = { closed: 2 };
    const page = await open('res-meeting-a');
    expect(page.text()).toContain('期间已有的预约（含待审核）全部由场馆取消，系统会通知预约人');
    expect(page.text()).not.toContain('时段');
    await page.input('nut-input-native', '会议室装修');
    await page.tap('暂停开放', cls('nut-button'));
    expect(await page.shows('确定暂停「会议室A」')).toBe(true);
    expect(page.text()).toContain('期间的预约将被取消并通知预约人');
    await page.tap('确认暂停');
    expect(await page.shows('已暂停2天')).toBe(true);
    const day = dateOf(Date.now());
    expect(callsTo('admin.resource.close').map((c) => c.data)).toEqual([
      { resourceId: 'res-meeting-a', from: day, to: day, reason: '会议室装修' },
    ]);
    page.close();
  }, 20000);
});

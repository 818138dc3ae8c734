/**
 * 项目与规则 (weapp build): a resource booked by the hour has 台账, which opens its register
 * (manager/resource-usage) without opening the resource's settings, and no slot actions; one booked by
 * slots has its slot actions and no 台账, and 座位图, which opens its seat map (with the seats it sells
 * once drawn). Both can be paused for a period (暂停开放).
 * Needs `npm run build:weapp` first.
 */
import type { ResourceView } from '@shared/contract';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import { answers, closePages, cls, fire, navigated, openPage, reset, settle, startApp } from '../../testing/weappPage';

const ROOM: ResourceView = {
  id: 'res-meeting-a',
  venueId: 'venue-office',
  name: '会议室A',
  kind: 'room',
  mode: 'interval',
  allocation: 'fcfs',
  location: 'A座3楼',
  policy: DEFAULT_POLICY,
};
const DOME: ResourceView = { ...ROOM, id: 'res-dome', name: '球幕影院', kind: 'exhibit', mode: 'slot', seats: 320 };

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = { openid: 'o-manager', roles: [{ role: 'manager' }], credit: { noShows: 0 } };
  answers['resource.list'] = [ROOM, DOME];
});
afterEach(closePages);

describe('项目与规则 (weapp build)', () => {
  test('台账 on a resource booked by the hour opens its register, and only there', async () => {
    const page = openPage('manager/resources/index', { venueId: 'venue-office' });
    expect(await page.shows('球幕影院')).toBe(true);
    const room = page.find('会议室A', cls('card'));
    const dome = page.find('球幕影院', cls('card'));
    expect(room?.textContent).toContain('台账');
    expect(dome?.textContent).not.toContain('台账');
    // Slots belong to resources booked by slots: a room booked by the hour has none to make or close.
    expect(room?.textContent).not.toContain('时段');
    expect(dome?.textContent).toContain('批量生成时段');

    await page.tap('台账', cls('nut-button'));
    expect(navigated('navigateTo')).toEqual(['/manager/resource-usage/index?resourceId=res-meeting-a']);
  }, 20000);

  test('暂停开放 is offered for both ways of booking and opens the closure of that resource', async () => {
    const page = openPage('manager/resources/index', { venueId: 'venue-office' });
    expect(await page.shows('球幕影院')).toBe(true);
    for (const name of ['会议室A', '球幕影院']) expect(page.find(name, cls('card'))?.textContent).toContain('暂停开放');
    const buttons = page.find('会议室A', cls('card'))?.querySelectorAll(cls('nut-button')) ?? [];
    const pause = Array.from(buttons).find((b) => b.textContent?.trim() === '暂停开放');
    if (!pause) throw new Error('no 暂停开放 on the room');
    fire(pause, 'tap');
    await settle();
    expect(navigated('navigateTo')).toEqual(['/manager/resource-close/index?resourceId=res-meeting-a']);
  }, 20000);

  test('座位图 on a resource booked by slots opens its seat map; one booked by the hour has none', async () => {
    const page = openPage('manager/resources/index', { venueId: 'venue-office' });
    expect(await page.shows('球幕影院')).toBe(true);
    expect(page.find('会议室A', cls('card'))?.textContent).not.toContain('座位图');
    expect(page.find('球幕影院', cls('card'))?.textContent).toContain('座位图：可售320座');
    await page.tap('座位图', cls('nut-button'));
    expect(navigated('navigateTo')).toEqual(['/manager/seat-map/index?resourceId=res-dome']);
  }, 20000);
});

/**
 * The venues (weapp build): each venue with its kind, hours and closed days; a tap opens its form and
 * 新增场馆 an empty one; a deployment with none says how to start; a failed load offers a retry.
 * Needs `npm run build:weapp` first.
 */
import type { VenueView } from '@shared/contract';
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
} from '../../testing/weappPage';

const VENUES: VenueView[] = [
  {
    id: 'venue-museum',
    name: '星河科技馆',
    kind: 'museum',
    address: '滨江大道1号',
    hours: { opens: '09:30', closes: '17:00' },
    closedWeekdays: [1],
    closedDates: ['2027-01-01', '2027-01-02'],
  },
  { id: 'venue-culture', name: '滨江文化中心', kind: 'culture_center', closedWeekdays: [0, 1] },
];

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = { openid: 'o-admin', roles: [{ role: 'admin' }], credit: { noShows: 0 } };
  answers['venue.list'] = VENUES;
});
afterEach(closePages);

const card = (page: ReturnType<typeof openPage>, name: string) => page.find(name, cls('card'))?.textContent ?? '';

describe('场馆设置 (weapp build)', () => {
  test('lists each venue’s kind, hours and closed days; a tap edits it, 新增场馆 adds one', async () => {
    const page = openPage('manager/venues/index');
    expect(await page.shows('星河科技馆')).toBe(true);
    expect(card(page, '星河科技馆')).toContain('科技馆');
    expect(card(page, '星河科技馆')).toContain('09:30–17:00 · 周一闭馆 · 另有2个闭馆日');
    expect(card(page, '滨江文化中心')).toContain('未设置开放时间 · 周一、周日闭馆');
    await page.tap('滨江文化中心');
    await page.tap('新增场馆');
    expect(navigated('navigateTo')).toEqual([
      '/manager/venue-edit/index?venueId=venue-culture',
      '/manager/venue-edit/index',
    ]);
    page.close();
  }, 20000);

  test('with no venue yet the page says how to start', async () => {
    answers['venue.list'] = [];
    const page = openPage('manager/venues/index');
    expect(await page.shows('还没有场馆')).toBe(true);
    expect(page.text()).toContain('添加第一个场馆后');
    expect(page.text()).toContain('新增场馆');
    page.close();
  }, 20000);

  test('a failed load shows the refusal and loads again on retry', async () => {
    answers['venue.list'] = fails('INTERNAL', '服务繁忙，请稍后重试');
    const page = openPage('manager/venues/index');
    expect(await page.shows('加载失败')).toBe(true);
    answers['venue.list'] = VENUES;
    await page.tap('重新加载');
    expect(await page.shows('星河科技馆')).toBe(true);
    expect(callsTo('venue.list')).toHaveLength(2);
    page.close();
  }, 20000);
});

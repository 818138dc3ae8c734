/**
 * Lottery slots (weapp build): each with its applications and times; 立即抽签 asks first, draws and shows
 * the slot as answered, with 验证结果 leading to the verification page; a draw refused because the slot
 * moved on loads the list again. Needs `npm run build:weapp` first.
 */
import type { LotteryView } from '@shared/contract';
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
} from '../../testing/weappPage';

const lottery = (over: Partial<LotteryView> = {}): LotteryView => ({
  slotId: 's-lecture',
  resourceId: 'res-lecture',
  resourceName: '科普讲座',
  venueId: 'venue-museum',
  start: '2026-12-05T14:00:00+08:00',
  end: '2026-12-05T15:00:00+08:00',
  status: 'closed',
  opensAt: '2026-11-28T09:00:00+08:00',
  closesAt: '2026-12-03T18:00:00+08:00',
  drawAt: '2026-12-03T20:00:00+08:00',
  commitment: 'c0ffee',
  applicants: 12,
  people: 20,
  places: 10,
  unconfirmed: 'nextRanks',
  ...over,
});

let listed: LotteryView[] = [];

beforeAll(startApp);
beforeEach(() => {
  reset();
  listed = [lottery()];
  answers['user.me'] = { openid: 'o-manager', roles: [{ role: 'manager' }], credit: { noShows: 0 } };
  answers['admin.lottery.list'] = () => listed;
});
afterEach(closePages);

async function open() {
  const page = openPage('manager/lotteries/index', { venueId: 'venue-museum' });
  await page.shows('抽签时段 1 个');
  return page;
}

describe('抽签管理 (weapp build)', () => {
  test('立即抽签 asks, draws, and the slot shows its winners with 验证结果', async () => {
    answers['lottery.draw'] = lottery({ status: 'drawn', winners: 6, drawnAt: '2026-12-03T20:00:05+08:00' });
    const page = await open();
    expect(callsTo('admin.lottery.list')[0]?.data).toEqual({ venueId: 'venue-museum' });
    expect(page.text()).toContain('12组 · 共20人 / 名额10人');
    await page.tap('立即抽签', cls('nut-button'));
    expect(await page.shows('的 12 组报名抽取 10 个名额')).toBe(true);
    await page.tap('确认抽签');
    expect(await page.shows('已开奖')).toBe(true);
    expect(callsTo('lottery.draw').map((c) => c.data)).toEqual([{ slotId: 's-lecture' }]);
    expect(await page.shows('6组')).toBe(true);
    await page.tap('验证结果');
    expect(navigated('navigateTo')).toEqual(['/lottery/verify/index?slotId=s-lecture']);
    page.close();
  }, 20000);

  test('a draw refused because the slot moved on is toasted and the list is loaded again', async () => {
    answers['lottery.draw'] = () => {
      listed = [lottery({ status: 'cancelled' })];
      return fails('INVALID_STATE', '该时段已取消');
    };
    const page = await open();
    await page.tap('立即抽签', cls('nut-button'));
    await page.tap('确认抽签');
    expect(await page.shows('该时段已取消')).toBe(true);
    expect(await page.shows('场馆已取消，抽签终止')).toBe(true);
    expect(callsTo('admin.lottery.list')).toHaveLength(2);
    expect(await waitFor(() => callsTo('lottery.draw').length === 1)).toBe(true);
    page.close();
  }, 20000);
});

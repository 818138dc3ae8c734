/**
 * Verifying a draw (weapp build): the page shows the published seed, commitment and list hash, redraws on
 * the phone from the published list and says whether everything matches; before the draw there is only
 * the commitment. Needs `npm run build:weapp` first.
 */
import type { LotteryView } from '@shared/contract';
import { commitmentOf, draw, listHash, type PublishedEntry } from '@shared/rules/lottery';
import { answers, callsTo, closePages, openPage, reset, startApp } from '../../testing/weappPage';

const SEED = '5b1f0c7a9e3d4b2c8f6a1e0d7c9b3a5f';
const PLACES = 3;

/** Five groups, the winners as the seed draws them. */
function published(): PublishedEntry[] {
  const entries = ['app-1', 'app-2', 'app-3', 'app-4', 'app-5'].map((id, i) => ({
    id,
    size: 1 + (i % 2),
    weight: 1,
    won: false,
  }));
  const winners = new Set(draw(SEED, entries, PLACES));
  return entries.map((e) => ({ ...e, won: winners.has(e.id) }));
}

const ENTRIES = published();

const lottery = (over: Partial<LotteryView> = {}): LotteryView => ({
  slotId: 's-lecture',
  resourceId: 'r-lecture',
  resourceName: '科普讲座',
  venueId: 'v-museum',
  start: '2026-12-05T14:00:00+08:00',
  end: '2026-12-05T15:00:00+08:00',
  status: 'drawn',
  opensAt: '2026-11-28T09:00:00+08:00',
  closesAt: '2026-12-03T18:00:00+08:00',
  drawAt: '2026-12-03T20:00:00+08:00',
  drawnAt: '2026-12-03T20:00:05+08:00',
  commitment: commitmentOf(SEED),
  seed: SEED,
  listHash: listHash(ENTRIES),
  applicants: ENTRIES.length,
  people: 7,
  places: PLACES,
  unconfirmed: 'nextRanks',
  ...over,
});

beforeAll(startApp);
beforeEach(() => {
  reset();
  // The frozen list comes in pages: two entries, then the rest.
  answers['lottery.entries'] = (data: Record<string, unknown>) =>
    data.after === undefined ? { entries: ENTRIES.slice(0, 2), next: 'app-2' } : { entries: ENTRIES.slice(2) };
});
afterEach(closePages);

const WON = ENTRIES.filter((e) => e.won);

describe('验证抽签结果 (weapp build)', () => {
  test('shows the seed, the commitment and the list hash, and that the redraw matches', async () => {
    answers['lottery.get'] = lottery();
    const page = openPage('lottery/verify/index', { slotId: 's-lecture' });
    expect(await page.shows('验证通过')).toBe(true);
    const text = page.text();
    expect(text).toContain(SEED);
    expect(text).toContain(commitmentOf(SEED));
    expect(text).toContain(listHash(ENTRIES));
    expect(text).toContain(`${ENTRIES.length} 组报名的名单哈希等于报名截止时公布的名单哈希`);
    expect(text).toContain(`按种子重新抽签得到 ${WON.length} 组中签，公布的中签为 ${WON.length} 组`);
    expect(text).toContain(`${ENTRIES.length}组 · 共7人`);
    expect(text).not.toContain('✗');
    expect(callsTo('lottery.get')[0]?.data).toEqual({ slotId: 's-lecture' });
    expect(callsTo('lottery.entries').map((c) => c.data)).toEqual([
      { slotId: 's-lecture' },
      { slotId: 's-lecture', after: 'app-2' },
    ]);
  }, 20000);

  test('a seed that does not match the commitment fails the check', async () => {
    answers['lottery.get'] = lottery({ commitment: commitmentOf('another seed') });
    const page = openPage('lottery/verify/index', { slotId: 's-lecture' });
    expect(await page.shows('验证失败')).toBe(true);
    expect(page.text()).toContain('在本机重新计算的结果与公布的不一致');
    expect(page.text()).toContain('✗种子与承诺一致');
    expect(page.text()).toContain('✓报名名单未被改动');
  }, 20000);

  test('before the draw: only the commitment, and when the result can be checked', async () => {
    answers['lottery.get'] = lottery({ status: 'closed', seed: undefined, listHash: undefined, drawnAt: undefined });
    const page = openPage('lottery/verify/index', { slotId: 's-lecture' });
    expect(await page.shows('开奖后可验证')).toBe(true);
    expect(page.text()).toContain(commitmentOf(SEED));
    expect(page.text()).not.toContain(SEED);
    expect(callsTo('lottery.entries')).toEqual([]);
  }, 20000);
});

// Properties of the draw, over many generated lists and seeds (a fixed PRNG, so every run checks the
// same cases), and its fairness: without weights each applicant's win rate is places/applicants.
import { createHmac } from 'crypto';
import {
  allocate,
  chainLink,
  commitmentOf,
  draw,
  listHash,
  rankEntries,
  rankOf,
  ticket,
  weightFor,
  type LotteryEntry,
} from './lottery';
import { prng } from '../testing/prng';

function entries(rand: () => number, n: number, maxSize = 4, weighted = true): LotteryEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `app-${i}-${Math.floor(rand() * 1e9).toString(36)}`,
    size: 1 + Math.floor(rand() * maxSize),
    weight: weighted ? weightFor(Math.floor(rand() * 5)) : 1,
  }));
}

test('known answers: the commitment is SHA-256 of the seed string; tickets are HMAC-SHA256(seed, "id:j")', () => {
  expect(commitmentOf('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  // The same as Node's own HMAC, so any implementation of the spec agrees.
  expect(ticket('秘密seed', 'app-1', 2)).toBe(
    createHmac('sha256', Buffer.from('秘密seed', 'utf8')).update('app-1:2', 'utf8').digest('hex'),
  );
  expect(ticket('k', 'm', 1)).not.toBe(ticket('k', 'm', 2));
});

describe.each(Array.from({ length: 60 }, (_, k) => k))('generated case %i', (k) => {
  const rand = prng(1000 + k);
  const list = entries(rand, 8 + Math.floor(rand() * 80));
  const places = Math.floor(rand() * 60);
  const seed = `seed-${k}-${Math.floor(rand() * 1e9)}`;
  const winners = draw(seed, list, places);
  const byId = new Map(list.map((e) => [e.id, e]));

  test('the same seed and list give the same winners, in any input order', () => {
    expect(draw(seed, [...list].reverse(), places)).toEqual(winners);
    expect(
      draw(
        seed,
        [...list].sort(() => rand() - 0.5),
        places,
      ),
    ).toEqual(winners);
  });

  test('winners never need more than the places; each wins once, whole', () => {
    expect(winners.reduce((n, id) => n + byId.get(id)!.size, 0)).toBeLessThanOrEqual(places);
    expect(new Set(winners).size).toBe(winners.length);
  });

  test('no loser could have fitted when its turn came (passed over only for size)', () => {
    const ranked = rankEntries(seed, list);
    let left = places;
    for (const e of ranked) {
      if (winners.includes(e.id)) left -= e.size;
      else if (left > 0) expect(e.size).toBeGreaterThan(left);
    }
  });

  test('a different seed gives a different order', () => {
    expect(rankEntries(`${seed}x`, list).map((e) => e.id)).not.toEqual(rankEntries(seed, list).map((e) => e.id));
  });
});

test('the list hash does not depend on input order and changes with any field', () => {
  const list = entries(prng(7), 250);
  const h = listHash(list);
  expect(listHash([...list].reverse())).toBe(h);
  expect(listHash(list.map((e, i) => (i === 137 ? { ...e, weight: e.weight === 1 ? 2 : 1 } : e)))).not.toBe(h);
  expect(listHash(list.slice(1))).not.toBe(h);
  // Page by page gives the same chain.
  const sorted = [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  let chain = '';
  for (let i = 0; i < sorted.length; i += 100) chain = chainLink(chain, sorted.slice(i, i + 100));
  expect(chain).toBe(h);
});

test('drawing page by page, carrying the places left, gives the same winners', () => {
  const list = entries(prng(11), 500);
  const seed = 'resume-seed';
  const ranked = rankEntries(seed, list);
  let left = 300;
  const winners: string[] = [];
  for (let i = 0; i < ranked.length && left > 0; i += 100) {
    const page = allocate(ranked.slice(i, i + 100), left);
    winners.push(...page);
    left -= page.reduce((n, id) => n + list.find((e) => e.id === id)!.size, 0);
  }
  expect(winners).toEqual(draw(seed, list, 300));
});

// Fairness. 20 single applicants, 5 places, 4,000 draws with different seeds: each applicant's wins
// are Binomial(4000, 0.25): mean 1,000, standard deviation √(4000·0.25·0.75) ≈ 27.4. Every applicant
// must land within 5 standard deviations (±137); for a fair draw the chance that any of the 20 falls
// outside is about 1e-5. The seeds are fixed, so the test is deterministic.
test('without weights, every applicant wins places/applicants of the draws, within 5 standard deviations', () => {
  const list = Array.from({ length: 20 }, (_, i) => ({ id: `a${i}`, size: 1, weight: 1 }));
  const wins = new Map(list.map((e) => [e.id, 0]));
  const DRAWS = 4000;
  for (let d = 0; d < DRAWS; d++) for (const id of draw(`fair-${d}`, list, 5)) wins.set(id, wins.get(id)! + 1);
  const sd = Math.sqrt(DRAWS * 0.25 * 0.75);
  for (const count of wins.values()) expect(Math.abs(count - DRAWS * 0.25)).toBeLessThan(5 * sd);
});

test('weights: an applicant with more tickets wins more often', () => {
  const list = [
    { id: 'lucky', size: 1, weight: 3 },
    ...Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, size: 1, weight: 1 })),
  ];
  let lucky = 0;
  const DRAWS = 3000;
  for (let d = 0; d < DRAWS; d++) if (draw(`w-${d}`, list, 1)[0] === 'lucky') lucky++;
  // With 3 tickets among 12 in all, the chance is 3/12 = 0.25 (vs 0.1 with one): well above 0.1.
  expect(lucky / DRAWS).toBeGreaterThan(0.2);
  expect(lucky / DRAWS).toBeLessThan(0.3);
});

test('weightFor is 1 + recent losses, capped', () => {
  expect([0, 1, 2, 3, 9, -1].map(weightFor)).toEqual([1, 2, 3, 4, 4, 1]);
  expect(rankOf('s', { id: 'x', weight: 3 }) <= rankOf('s', { id: 'x', weight: 1 })).toBe(true);
});

// `npm run bench` (5/7): the draw's computation (docs/lottery.md) for 200,000 and 1,000,000
// applications — ranks for every entry, the order, the allocation, and the frozen-list hash — as a
// ratio to a bare Fisher–Yates shuffle of the same list in the same run.
import { randomBytes } from 'crypto';
import { draw, listHash, type LotteryEntry } from '../shared/rules/lottery';
import { shuffle } from './shuffle';

function list(n: number): LotteryEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `l${i.toString(36).padStart(8, '0')}${randomBytes(4).toString('hex')}`,
    size: 1 + (i % 3),
    weight: 1 + (i % 4 === 0 ? 1 : 0),
  }));
}

function time<T>(f: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = f();
  return { ms: performance.now() - t, value };
}

for (const n of [200_000, 1_000_000]) {
  const entries = list(n);
  const places = Math.floor(n / 10);
  const seed = randomBytes(32).toString('hex');
  const bare = time(() => shuffle(entries));
  const drawn = time(() => draw(seed, entries, places));
  const hashed = time(() => listHash(entries));
  console.log(
    `lottery draw of ${n.toLocaleString('en')} applications (${places.toLocaleString('en')} places): ` +
      `draw ${(drawn.ms / 1000).toFixed(2)} s, list hash ${(hashed.ms / 1000).toFixed(2)} s, bare shuffle ${(bare.ms / 1000).toFixed(3)} s; ` +
      `draw / shuffle ${(drawn.ms / bare.ms).toFixed(1)}x; winners ${drawn.value.length.toLocaleString('en')}`,
  );
}

/** The verification checks: a faithful draw passes all three; each kind of tampering fails its own. */
import { createHash } from 'node:crypto';
import type { LotteryView } from '../contract';
import { checkDraw, commitmentOf, draw, listHash, utf8, type PublishedEntry } from './lottery';

const SEED = 'a3'.repeat(32);
const PLACES = 5;

const listed = Array.from({ length: 12 }, (_, i) => ({
  id: `app${String(i).padStart(3, '0')}`,
  size: 1 + (i % 3),
  weight: 1 + (i % 2),
}));
const winners = new Set(draw(SEED, listed, PLACES));
const entries: PublishedEntry[] = listed.map((e) => ({ ...e, won: winners.has(e.id) }));

const lottery = {
  places: PLACES,
  seed: SEED,
  commitment: commitmentOf(SEED),
  listHash: listHash(listed),
} as LotteryView & { seed: string };

describe('checkDraw', () => {
  it('passes a faithful draw', () => {
    expect(checkDraw(lottery, entries)).toEqual({
      commitment: true,
      list: true,
      winners: true,
      drawnWinners: winners.size,
    });
  });

  it('fails the commitment when the seed is not the committed one', () => {
    expect(checkDraw({ ...lottery, commitment: commitmentOf('b4'.repeat(32)) }, entries).commitment).toBe(false);
  });

  it('fails the list when an entry was changed after the close', () => {
    const changed = entries.map((e, i) => (i === 0 ? { ...e, weight: e.weight + 1 } : e));
    expect(checkDraw(lottery, changed).list).toBe(false);
  });

  it('fails the winners when a loser is marked won', () => {
    const swapped = entries.map((e) => (e.id === entries.find((x) => !x.won)!.id ? { ...e, won: true } : e));
    const check = checkDraw(lottery, swapped);
    expect([check.list, check.winners]).toEqual([true, false]);
  });
});

describe('the UTF-8 encoder (TextEncoder is missing on some WeChat devices)', () => {
  it.each(['', 'abc', '场馆预约', 'emoji 🎟️', 'lone \ud800 surrogate'])('encodes %j as Node does', (text) => {
    expect(Buffer.from(utf8(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('gives the same commitment as Node', () => {
    expect(commitmentOf('场馆')).toBe(createHash('sha256').update('场馆', 'utf8').digest('hex'));
  });
});

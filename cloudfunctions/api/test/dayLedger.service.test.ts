// The day ledger of a resource booked by the hour, under requests that really arrive together (the real
// SDK against the local store): winners never overlap, with the buffer kept between them, and a loser
// is refused only when a winner holds its time; three projectors are never lent four at once; a change
// and a new booking racing for one hour give it to one of them.
import { startHarness, type Harness } from './harness';
import { prng } from '@shared/testing/prng';
import { MINUTE_MS, parseIso } from '@shared/time';
import type { IntervalRules, Range } from '@shared/rules/interval';
import { conflicts, releaseReservation, reserve, type DayLedgerDoc } from '../src/modules/interval/dayLedger';

const HOURS = { opens: '08:30', closes: '18:00' };
const RULES: IntervalRules = {
  hours: { 1: HOURS, 2: HOURS, 3: HOURS, 4: HOURS, 5: HOURS },
  workingDaysOnly: true,
  granularityMinutes: 15,
  minMinutes: 30,
  maxMinutes: 240,
  bufferMinutes: 10,
  leadWorkingDays: 1,
  opensDaysBefore: 30,
};
const DAY = '2026-12-03';
let h: Harness;
beforeAll(async () => {
  h = await startHarness('2026-12-01T09:00:00+08:00');
});
afterAll(() => h.close());

const at = (hhmm: string) => parseIso(`${DAY}T${hhmm}:00+08:00`);
/** 30 ranges between 09:00 and 12:00, 30 to 90 minutes long, on the grid: many overlap. */
function overlappingRanges(seed: number, n = 30): Range[] {
  const random = prng(seed);
  return Array.from({ length: n }, () => {
    const start = at('09:00') + 15 * MINUTE_MS * Math.floor(random() * 10);
    return { start, end: start + 15 * MINUTE_MS * (2 + Math.floor(random() * 5)) };
  });
}

test('30 people ask for overlapping ranges of one room at once: the winners never overlap, each loser meets a winner', async () => {
  const room = { _id: 'room-a', quantity: 1 };
  const wanted = overlappingRanges(11);
  const answers = await Promise.all(wanted.map((r, i) => reserve(h.deps, room, RULES, `b${i}`, r)));
  const winners = wanted.filter((_, i) => answers[i].ok);
  expect(winners.length).toBeGreaterThan(1);
  for (let i = 0; i < winners.length; i++)
    for (let j = i + 1; j < winners.length; j++) expect(conflicts(winners[i], winners[j], RULES)).toBe(false);
  wanted.forEach((r, i) => {
    const a = answers[i];
    if (!a.ok) {
      expect(a.taken.length).toBeGreaterThan(0);
      expect(winners.some((w) => conflicts(w, r, RULES))).toBe(true);
    }
  });
  const [day] = h.store.find('intervalDays', { id: `room-a:${DAY}` }) as unknown as DayLedgerDoc[];
  expect(day.reservations).toHaveLength(winners.length);
});

test('three projectors: at no moment are more than three lent, and a fourth overlapping ask is refused', async () => {
  const projectors = { _id: 'projector', quantity: 3 };
  const wanted = overlappingRanges(29);
  const answers = await Promise.all(wanted.map((r, i) => reserve(h.deps, projectors, RULES, `p${i}`, r)));
  const held = answers.flatMap((a) => (a.ok ? [a.reservation] : []));
  for (let t = at('09:00'); t < at('13:00'); t += 15 * MINUTE_MS) {
    const busy = held.filter((r) => r.start <= t && t < r.end + 15 * MINUTE_MS);
    expect(busy.length).toBeLessThanOrEqual(3);
    expect(new Set(busy.map((r) => r.unit)).size).toBe(busy.length);
  }
  // A refused ask meets a winner on every one of the three units.
  wanted.forEach((r, i) => {
    if (!answers[i].ok)
      expect(new Set(held.filter((w) => conflicts(w, r, RULES)).map((w) => w.unit))).toEqual(new Set([0, 1, 2]));
  });
});

test('a change and a new booking race for the same hour: exactly one gets it; the changed booking’s old time is free', async () => {
  const room = { _id: 'room-b', quantity: 1 };
  expect((await reserve(h.deps, room, RULES, 'moving', { start: at('09:00'), end: at('10:00') })).ok).toBe(true);
  const target = { start: at('14:00'), end: at('15:00') };
  const [moved, fresh] = await Promise.all([
    reserve(h.deps, room, RULES, 'moving', target, { move: true }),
    reserve(h.deps, room, RULES, 'newcomer', target),
  ]);
  expect([moved.ok, fresh.ok].filter(Boolean)).toHaveLength(1);
  // Whoever lost, 09:00 is free unless the move lost (then the booking keeps its old time).
  const nine = await reserve(h.deps, room, RULES, 'early', { start: at('09:00'), end: at('10:00') });
  expect(nine.ok).toBe(moved.ok);
});

test('a repeat answers the same reservation; a release frees the time, twice over harmlessly', async () => {
  const room = { _id: 'room-c', quantity: 1 };
  const range = { start: at('10:00'), end: at('11:00') };
  const first = await reserve(h.deps, room, RULES, 'r1', range);
  expect(await reserve(h.deps, room, RULES, 'r1', range)).toEqual(first);
  expect((await reserve(h.deps, room, RULES, 'r2', range)).ok).toBe(false);
  await Promise.all([releaseReservation(h.deps, 'room-c', DAY, 'r1'), releaseReservation(h.deps, 'room-c', DAY, 'r1')]);
  expect((await reserve(h.deps, room, RULES, 'r2', range)).ok).toBe(true);
});

test('a reservation whose write applied but whose answer was lost is found by its retry, not taken twice', async () => {
  const room = { _id: 'room-d', quantity: 1 };
  const range = { start: at('15:00'), end: at('16:00') };
  await reserve(h.deps, room, RULES, 'warm-up', { start: at('09:00'), end: at('09:30') });
  h.faults.inject({ action: 'database.modifyDocument', collectionName: 'intervalDays', mode: 'applyThenFail' });
  await expect(reserve(h.deps, room, RULES, 'lost', range)).rejects.toBeDefined();
  const again = await reserve(h.deps, room, RULES, 'lost', range);
  expect(again).toMatchObject({ ok: true, reservation: { id: 'lost', unit: 0 } });
  const [day] = h.store.find('intervalDays', { id: `room-d:${DAY}` }) as unknown as DayLedgerDoc[];
  expect(day.reservations.map((r) => r.id)).toEqual(['warm-up', 'lost']);
});

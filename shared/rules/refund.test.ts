// Refunds by the resource's rule, with the host in UTC and instants as epoch ms: the tiers at their exact
// hour marks, then properties over many generated orders and cancellations (a fixed PRNG, so every run
// checks the same cases).
import { HOUR_MS, MINUTE_MS } from '../time';
import { prng } from '../testing/prng';
import { resolveRefund, type RefundRule } from './policy';
import { refundDue, splitRefund, type PaidLine } from './refund';

beforeAll(() => {
  process.env.TZ = 'UTC';
});

const START = Date.parse('2026-12-12T19:30:00+08:00');
/** Full until 48 hours before, 70 % until 2 hours before, nothing after. */
const RULE: RefundRule = { fullHoursBefore: 48, partialHoursBefore: 2, partialPercent: 70 };
const hoursBefore = (h: number) => START - h * HOUR_MS;

describe('refundDue', () => {
  test.each([
    ['a week before', hoursBefore(7 * 24), { tier: 'full', percent: 100, fen: 8000 }],
    ['1 ms before the 48-hour mark', hoursBefore(48) - 1, { tier: 'full', percent: 100, fen: 8000 }],
    ['exactly at the 48-hour mark', hoursBefore(48), { tier: 'partial', percent: 70, fen: 5600 }],
    ['1 ms before the 2-hour mark', hoursBefore(2) - 1, { tier: 'partial', percent: 70, fen: 5600 }],
    ['exactly at the 2-hour mark', hoursBefore(2), { tier: 'none', percent: 0, fen: 0 }],
    ['after the start', START + 10 * MINUTE_MS, { tier: 'none', percent: 0, fen: 0 }],
  ])('%s', (_label, cancelledAt, due) => {
    expect(refundDue(8000, START, cancelledAt, RULE)).toEqual(due);
  });

  test('the share is floored to the fen', () => {
    expect(refundDue(3333, START, hoursBefore(10), RULE).fen).toBe(2333); // 2333.1
    expect(refundDue(1, START, hoursBefore(10), { ...RULE, partialPercent: 99 }).fen).toBe(0);
    expect(refundDue(0, START, hoursBefore(100), RULE).fen).toBe(0);
  });

  test('the default rule: all of it until 24 hours before, nothing after', () => {
    const rule = resolveRefund(undefined);
    expect(rule).toEqual({ fullHoursBefore: 24, partialHoursBefore: 24, partialPercent: 50 });
    expect(refundDue(4000, START, hoursBefore(24) - 1, rule)).toEqual({ tier: 'full', percent: 100, fen: 4000 });
    expect(refundDue(4000, START, hoursBefore(24), rule)).toEqual({ tier: 'none', percent: 0, fen: 0 });
  });

  test('a full tier until the start refunds everything before it', () => {
    const rule = resolveRefund({ fullHoursBefore: 0 });
    expect(refundDue(4000, START, START - 1, rule).tier).toBe('full');
    expect(refundDue(4000, START, START, rule).tier).toBe('none');
  });
});

describe('splitRefund', () => {
  const ORDER: PaidLine[] = [
    { id: 't1', paidFen: 8000, refundedFen: 0 },
    { id: 't2', paidFen: 4000, refundedFen: 0 },
    { id: 't3', paidFen: 3001, refundedFen: 0 },
  ];

  test('only the cancelled lines are refunded, each floored on its own, adding up to the total', () => {
    const r = splitRefund(ORDER, ['t3', 't2'], START, hoursBefore(10), RULE);
    expect(r).toEqual({
      tier: 'partial',
      percent: 70,
      fen: 2800 + 2100,
      lines: [
        { id: 't2', fen: 2800 },
        { id: 't3', fen: 2100 }, // 2100.7
      ],
    });
  });

  test('a line refunded already gives back only what is left; a line named twice counts once', () => {
    const refunded = ORDER.map((l) => (l.id === 't1' ? { ...l, refundedFen: 7000 } : l));
    expect(splitRefund(refunded, ['t1', 't1'], START, hoursBefore(72), RULE).lines).toEqual([{ id: 't1', fen: 1000 }]);
    const all = ORDER.map((l) => ({ ...l, refundedFen: l.paidFen }));
    expect(splitRefund(all, ['t1', 't2'], START, hoursBefore(72), RULE).fen).toBe(0);
  });

  test('an id that is not a line of the order is refused', () => {
    expect(() => splitRefund(ORDER, ['t9'], START, hoursBefore(72), RULE)).toThrow(RangeError);
  });
});

describe('properties over generated cases', () => {
  const random = prng(20261212);
  const int = (n: number) => Math.floor(random() * n);
  const ruleOf = (): RefundRule => {
    const full = int(24 * 8);
    return { fullHoursBefore: full, partialHoursBefore: int(full + 1), partialPercent: 1 + int(99) };
  };

  // Each case that breaks a property is collected, so a failure shows the cases (and one expect keeps it fast).
  test('a refund is a whole number of fen, never above what was paid, and never grows as the start nears', () => {
    const broken: unknown[] = [];
    for (let i = 0; i < 3000; i++) {
      const rule = ruleOf();
      const paid = int(1_000_001);
      const times = Array.from({ length: 6 }, () => START - int(24 * 10 * 60) * MINUTE_MS).sort((a, b) => a - b);
      let previous = Infinity;
      for (const t of times) {
        const { fen, percent } = refundDue(paid, START, t, rule);
        const ok = Number.isInteger(fen) && fen >= 0 && fen <= paid && fen <= previous;
        if (!ok || fen !== Math.floor((paid * percent) / 100)) broken.push({ rule, paid, t, fen, previous });
        previous = fen;
      }
    }
    expect(broken).toEqual([]);
  });

  test('cancelling an order’s tickets in several goes never refunds more than was paid, per line or in all', () => {
    const broken: unknown[] = [];
    for (let i = 0; i < 2000; i++) {
      const rule = ruleOf();
      let lines: PaidLine[] = Array.from({ length: 1 + int(8) }, (_, n) => ({
        id: `t${n}`,
        paidFen: int(200_001),
        refundedFen: 0,
      }));
      const paid = lines.reduce((s, l) => s + l.paidFen, 0);
      let refunded = 0;
      for (let round = 0; round < 4; round++) {
        const ids = lines.filter(() => random() < 0.5).map((l) => l.id);
        const r = splitRefund(lines, ids, START, START - int(24 * 10) * HOUR_MS, rule);
        const onlyCancelled = r.lines.every((x) => ids.includes(x.id)) && r.lines.length === ids.length;
        if (!onlyCancelled || r.fen !== r.lines.reduce((s, x) => s + x.fen, 0)) broken.push({ lines, ids, r });
        lines = lines.map((l) => ({
          ...l,
          refundedFen: l.refundedFen + (r.lines.find((x) => x.id === l.id)?.fen ?? 0),
        }));
        refunded += r.fen;
        if (refunded > paid || lines.some((l) => l.refundedFen > l.paidFen)) broken.push({ lines, refunded, paid });
      }
    }
    expect(broken).toEqual([]);
  });
});

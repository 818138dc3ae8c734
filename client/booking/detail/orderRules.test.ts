// The detail page's order texts: the countdown at its edges, and the refund a cancellation gets in each
// tier of the rule, per ticket floored as the function floors it.
import type { OrderView } from '@shared/contract';
import type { RefundRule } from '@shared/rules/policy';
import { HOUR_MS, atLocal, toIso } from '@shared/time';
import { countdownText, refundNotice } from './orderRules';

describe('countdownText', () => {
  test('minutes and seconds left, up to the whole second, never below 00:00', () => {
    expect(countdownText(15 * 60_000)).toBe('15:00');
    expect(countdownText(15 * 60_000 - 1)).toBe('15:00');
    expect(countdownText(14 * 60_000 + 59_000)).toBe('14:59');
    expect(countdownText(61_000)).toBe('01:01');
    expect(countdownText(1)).toBe('00:01');
    expect(countdownText(0)).toBe('00:00');
    expect(countdownText(-5_000)).toBe('00:00');
    expect(countdownText(60 * 60_000)).toBe('60:00');
  });
});

describe('refundNotice', () => {
  const START = toIso(atLocal('2026-12-10', '10:00'));
  const startMs = atLocal('2026-12-10', '10:00');
  // Full until 48 hours before, 50% until 2 hours before, nothing after.
  const RULE: RefundRule = { fullHoursBefore: 48, partialHoursBefore: 2, partialPercent: 50 };
  const order = (over: Partial<OrderView> = {}): OrderView => ({
    status: 'paid',
    totalFen: 12001,
    holdUntil: toIso(startMs - 100 * HOUR_MS),
    lines: [
      { attendeeId: 'a-1', ticketTypeName: '全价', priceFen: 8001, cancelled: false },
      { attendeeId: 'a-2', ticketTypeName: '学生', proof: '学生证', priceFen: 4000, cancelled: false },
    ],
    paidAt: toIso(startMs - 100 * HOUR_MS),
    refundedFen: 0,
    refunds: [],
    refundRule: RULE,
    ...over,
  });

  test('in full before the full tier’s mark; the mark itself is already partial (half-open)', () => {
    expect(refundNotice(order(), START, startMs - 48 * HOUR_MS - 1, RULE)).toBe('将退还 ¥120.01');
    // 50% of each ticket floored on its own: 4000 + 2000, not 50% of 12001.
    expect(refundNotice(order(), START, startMs - 48 * HOUR_MS, RULE)).toBe('将退还 ¥60（票款的50%）');
  });

  test('nothing within the last tier', () => {
    expect(refundNotice(order(), START, startMs - 2 * HOUR_MS, RULE)).toBe('已过退款时间，取消将不退款');
  });

  test('tickets cancelled before are not refunded again', () => {
    const lines = order().lines.map((l, i) => ({ ...l, cancelled: i === 0 }));
    expect(refundNotice(order({ lines }), START, startMs - 72 * HOUR_MS, RULE)).toBe('将退还 ¥40');
  });

  test('nothing to say about money for an unpaid order or free tickets', () => {
    expect(
      refundNotice(order({ status: 'pending_payment', paidAt: undefined }), START, startMs - 72 * HOUR_MS, RULE),
    ).toBeNull();
    const free = order().lines.map((l) => ({ ...l, priceFen: 0 }));
    expect(refundNotice(order({ lines: free, totalFen: 0 }), START, startMs - 72 * HOUR_MS, RULE)).toBeNull();
  });
});

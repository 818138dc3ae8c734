import type { OrderView } from '@shared/contract';
import type { RefundRule } from '@shared/rules/policy';
import { HOUR_MS, toIso } from '@shared/time';
import { refundAtWindow, refundQuestion } from './refund';

const START = Date.parse('2026-12-10T14:00:00+08:00');
/** All of it until 48 hours before, 50% until 2 hours before, nothing after. */
const RULE: RefundRule = { fullHoursBefore: 48, partialHoursBefore: 2, partialPercent: 50 };

/** 全价 ¥80, 学生 ¥45 and 儿童 ¥0.05 paid in cash at the window. */
const ORDER: OrderView = {
  status: 'paid',
  totalFen: 12505,
  holdUntil: toIso(START - 72 * HOUR_MS),
  lines: [
    { attendeeId: 't1', ticketTypeName: '全价', priceFen: 8000, cancelled: false },
    { attendeeId: 't2', ticketTypeName: '学生', proof: '学生证', priceFen: 4500, cancelled: false },
    { attendeeId: 't3', ticketTypeName: '儿童', priceFen: 5, cancelled: false },
  ],
  paidAt: toIso(START - 72 * HOUR_MS),
  refundedFen: 0,
  refunds: [],
  method: 'cash',
  refundRule: RULE,
};

const at = (hoursBefore: number) => START - hoursBefore * HOUR_MS;
const start = toIso(START);

describe('what 退票 at the window gives back now', () => {
  test('by the rule’s tiers, each ticket floored on its own, with the way it was paid', () => {
    expect(refundAtWindow(ORDER, start, at(49))).toMatchObject({ tier: 'full', fen: 12505 });
    // 50% of 4000 + 2250 + 2 (0.05 floored on its own): 6252, not 50% of the total (6252.5).
    expect(refundAtWindow(ORDER, start, at(48))).toMatchObject({ tier: 'partial', percent: 50, fen: 6252 });
    expect(refundAtWindow(ORDER, start, at(2))).toMatchObject({ tier: 'none', fen: 0 });

    expect(refundQuestion(ORDER, start, at(49))).toBe('将退还 ¥125.05（现金），确定退票吗？');
    expect(refundQuestion(ORDER, start, at(3))).toBe('将退还 ¥62.52（票款的50%，现金），确定退票吗？');
    expect(refundQuestion({ ...ORDER, method: 'terminal' }, start, at(49))).toBe(
      '将退还 ¥125.05（刷卡终端），确定退票吗？',
    );
    expect(refundQuestion(ORDER, start, at(1))).toBe('已过退款时间，退票将不退款，确定退票吗？');
  });

  test('tickets given back already are not counted again', () => {
    const order = { ...ORDER, lines: ORDER.lines.map((l) => ({ ...l, cancelled: l.attendeeId !== 't2' })) };
    expect(refundAtWindow(order, start, at(49)).fen).toBe(4500);
  });

  test('free tickets only: nothing to say about money', () => {
    const free = { ...ORDER, totalFen: 0, lines: ORDER.lines.map((l) => ({ ...l, priceFen: 0 })) };
    expect(refundQuestion(free, start, at(49))).toBe('确定退票吗？');
  });
});

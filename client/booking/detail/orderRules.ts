// What the detail page says about a paid ticket's order (seed 001): the time left to pay, and what a
// cancellation gives back now. Pure; the function decides both in the end (its clock, its stored rule).
import type { OrderView } from '@shared/contract';
import { sumFen, yuan } from '@shared/rules/money';
import type { RefundRule } from '@shared/rules/policy';
import { refundDue, refundTier } from '@shared/rules/refund';
import { parseIso } from '@shared/time';

/**
 * `14:59`: the minutes and seconds left, counted up to the whole second, so `00:00` shows exactly when the
 * hold is over; never below it.
 */
export function countdownText(leftMs: number): string {
  const seconds = Math.max(0, Math.ceil(leftMs / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

/**
 * What cancelling the booking at `now` refunds, as the function counts it: each ticket still valid is
 * refunded by the rule and floored to the fen on its own (rules/refund.ts splitRefund), then summed.
 * `将退还 ¥40`, `将退还 ¥20（票款的50%）`, `已过退款时间，取消将不退款`; null when nothing was paid for those
 * tickets (an unpaid order, or only free ticket types), so there is nothing to say about money.
 */
export function refundNotice(order: OrderView, start: string, now: number, rule: RefundRule): string | null {
  const valid = order.lines.filter((l) => !l.cancelled);
  if (!order.paidAt || sumFen(valid.map((l) => l.priceFen)) === 0) return null;
  const startMs = parseIso(start);
  const { tier, percent } = refundTier(startMs, now, rule);
  const fen = sumFen(valid.map((l) => refundDue(l.priceFen, startMs, now, rule).fen));
  if (tier === 'none' || fen === 0) return '已过退款时间，取消将不退款';
  return tier === 'partial' ? `将退还 ${yuan(fen)}（票款的${percent}%）` : `将退还 ${yuan(fen)}`;
}

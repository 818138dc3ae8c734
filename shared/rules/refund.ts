// What a visitor's cancellation gives back (seed 001), by the resource's refund rule: counted back from
// the slot's start, in epoch ms (the host's zone plays no part). The tiers are half-open like every window
// of the policy: all of it while cancelledAt < start − fullHoursBefore, partialPercent % while
// cancelledAt < start − partialHoursBefore, nothing after. Shares are floored to the fen, so a refund never
// exceeds what was paid. A cancellation by the venue refunds in full whatever the time: that is the order's
// decision, not this rule's.
import { HOUR_MS } from '../time';
import { sumFen, type Fen } from './money';
import type { RefundRule } from './policy';

export type RefundTier = 'full' | 'partial' | 'none';

export interface RefundDue {
  fen: Fen;
  percent: number;
  tier: RefundTier;
}

/** The tier a cancellation at `cancelledAt` falls in, and the share it refunds. */
export function refundTier(start: number, cancelledAt: number, rule: RefundRule): Omit<RefundDue, 'fen'> {
  if (cancelledAt < start - rule.fullHoursBefore * HOUR_MS) return { tier: 'full', percent: 100 };
  if (cancelledAt < start - rule.partialHoursBefore * HOUR_MS) return { tier: 'partial', percent: rule.partialPercent };
  return { tier: 'none', percent: 0 };
}

/** `percent` % of `paid`, floored to the fen (integer arithmetic: exact). */
const shareOf = (paid: Fen, percent: number): Fen => Math.floor((paid * percent) / 100);

/** The refund of `paidFen` for a cancellation at `cancelledAt` of a slot starting at `start`. */
export function refundDue(paidFen: Fen, start: number, cancelledAt: number, rule: RefundRule): RefundDue {
  const due = refundTier(start, cancelledAt, rule);
  return { ...due, fen: shareOf(paidFen, due.percent) };
}

/** A ticket of a paid order: what was paid for it, and what of that was refunded already. */
export interface PaidLine {
  id: string;
  paidFen: Fen;
  refundedFen: Fen;
}

export interface SplitRefund extends RefundDue {
  /** The refund of each cancelled line, in the order of the order's lines. */
  lines: { id: string; fen: Fen }[];
}

/**
 * The refund of a group order's cancelled lines (`cancelledIds`), the others untouched: each line's share
 * floored on its own (so the lines add up to the total exactly), and none above what is left of what was
 * paid for it (a line refunded before, or cancelled twice, gives back only the rest, usually nothing).
 * An id that is not a line of the order is a bug upstream and is refused.
 */
export function splitRefund(
  lines: readonly PaidLine[],
  cancelledIds: readonly string[],
  start: number,
  cancelledAt: number,
  rule: RefundRule,
): SplitRefund {
  const cancelled = new Set(cancelledIds);
  for (const id of cancelled) {
    if (!lines.some((l) => l.id === id)) throw new RangeError(`not a line of the order: ${id}`);
  }
  const due = refundTier(start, cancelledAt, rule);
  const refunds = lines
    .filter((l) => cancelled.has(l.id))
    .map((l) => ({ id: l.id, fen: Math.max(0, Math.min(shareOf(l.paidFen, due.percent), l.paidFen - l.refundedFen)) }));
  return { ...due, fen: sumFen(refunds.map((r) => r.fen)), lines: refunds };
}

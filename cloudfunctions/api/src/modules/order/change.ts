// One event applied to a stored order: rules/order.ts decides, this stamps what the rule leaves to the
// service (when each refund was asked and settled, the version the next change is guarded by).
import { transition, type OrderEffect, type OrderEvent } from '@shared/rules/order';
import type { OrderDoc } from '../../db/docs';

export interface OrderChange {
  order: OrderDoc;
  effects: Exclude<OrderEffect, { type: 'none' }>[];
}

/** The order after `event` at `now`, and what must be carried out; null when the event changes nothing. */
export function orderChange(order: OrderDoc, event: OrderEvent, now: number): OrderChange | null {
  const t = transition(order, event);
  const effects = t.effects.filter((e): e is OrderChange['effects'][number] => e.type !== 'none');
  if (effects.length < t.effects.length) return null;
  const next = t.order as OrderDoc;
  const refunds = next.refunds.map((r, i) => {
    const before = order.refunds[i];
    const askedAt = before?.askedAt ?? now;
    return r.settled ? { ...r, askedAt, settledAt: before?.settledAt ?? now } : { ...r, askedAt };
  });
  return { order: { ...next, refunds, version: order.version + 1 }, effects };
}

export const hasEffect = (change: OrderChange, type: OrderEffect['type']) =>
  change.effects.some((e) => e.type === type);

/**
 * The order's part of cancelling its whole booking at `now`: an unpaid order given up (by the visitor) or
 * cancelled (by the venue), a paid one's tickets refunded by the rule, in full when the venue cancels.
 * Stored with the booking's own cancellation in one update; null for a booking without an order.
 */
export function cancelOrder(order: OrderDoc | undefined, now: number, byVenue: boolean): OrderChange | null {
  if (!order) return null;
  const event: OrderEvent =
    order.status === 'pending_payment' && !byVenue
      ? { type: 'cancelled_unpaid' }
      : { type: 'cancel_tickets', lineIds: order.lines.map((l) => l.id), at: now, byVenue };
  return orderChange(order, event, now);
}

/** The booking's update for a cancellation with its order's change, and the guard on the order's version. */
export function withOrder(order: OrderDoc | undefined, change: OrderChange | null) {
  return change && order
    ? { patch: { order: change.order }, guard: { 'order.version': order.version } }
    : { patch: {}, guard: {} };
}

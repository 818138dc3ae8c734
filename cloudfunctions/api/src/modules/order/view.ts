import type { OrderView } from '@shared/contract';
import { refundedFen } from '@shared/rules/order';
import { toIso } from '@shared/time';
import type { OrderDoc } from '../../db/docs';

/** `names`: each line's holder (its attendee's name), also of tickets given back. */
export function orderView(order: OrderDoc, names: ReadonlyMap<string, string> = new Map()): OrderView {
  return {
    status: order.status,
    totalFen: order.totalFen,
    holdUntil: toIso(order.holdUntil),
    lines: order.lines.map((l) => ({
      attendeeId: l.id,
      ...(names.has(l.id) ? { name: names.get(l.id) } : {}),
      ticketTypeName: l.ticketTypeName,
      ...(l.proof ? { proof: l.proof } : {}),
      priceFen: l.priceFen,
      cancelled: l.cancelled,
    })),
    ...(order.payment && order.payment.fen > 0 ? { paidAt: toIso(order.payment.at) } : {}),
    refundedFen: refundedFen(order),
    refunds: order.refunds.map((r) => ({ fen: r.fen, settled: r.settled, at: toIso(r.settledAt ?? r.askedAt) })),
    ...(order.method !== 'wechat' ? { method: order.method } : {}),
    refundRule: order.refundRule,
  };
}

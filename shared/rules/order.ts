// A paid order's state machine (seed 001): what each event does to an order, as data the orders service
// carries out. Pure and total: every (state, event) pair has an answer, and a late, repeated or
// out-of-place event is answered `none` (ignored, the order unchanged), never thrown, because WeChat's
// notifications arrive twice, late or never and the timer and the visitor race them.
//
// The service applies a transition by one conditional update on the state it read
// (`where: { _id, status: from, version }`): two events racing on one order are serialised by the store,
// and the loser reads again and asks this rule again. The version matters because some transitions keep
// the status (a second cancel while a refund is in flight, one of two refunds settled).
import { sumFen, type Fen } from './money';
import type { RefundRule } from './policy';
import { splitRefund } from './refund';

export type OrderStatus =
  /** Places or seats held until `holdUntil`, waiting for the payment. */
  | 'pending_payment'
  /** Paid and confirmed, nothing refunded (tickets may have been cancelled without a refund). */
  | 'paid'
  /** The hold ran out unpaid; the places are released. */
  | 'expired'
  /** The visitor (or a closure) cancelled before paying; the places are released. */
  | 'cancelled'
  /** A refund asked of WeChat and not yet notified. */
  | 'refunding'
  /** Every fen paid is back. */
  | 'refunded'
  /** Some of the money is back, some kept (tickets still valid, or the refund rule's share). */
  | 'partially_refunded';

export const ORDER_STATUSES: readonly OrderStatus[] = [
  'pending_payment',
  'paid',
  'expired',
  'cancelled',
  'refunding',
  'refunded',
  'partially_refunded',
];

/** One ticket of the order; `cancelled` once its place is released (and refunded, where anything is due). */
export interface OrderLine {
  id: string;
  priceFen: Fen;
  cancelled: boolean;
}

/** A refund asked of WeChat; `settled` once its notification came. */
export interface OrderRefund {
  outRefundNo: string;
  fen: Fen;
  lineIds: string[];
  settled: boolean;
}

export interface Order {
  /** WeChat's out_trade_no: `[A-Za-z0-9_-]`, at most 32 characters. */
  orderNo: string;
  status: OrderStatus;
  totalFen: Fen;
  /** Epoch ms; the hold is half-open: a payment at `holdUntil` is late. */
  holdUntil: number;
  /** The slot's start, epoch ms, which the refund rule counts back from. */
  start: number;
  refundRule: RefundRule;
  /** At most MAX_ORDER_LINES, in a fixed order (the refund numbers depend on it). */
  lines: OrderLine[];
  /** What WeChat took and when the visitor paid (its time_end), once notified. */
  payment: { fen: Fen; at: number } | null;
  refunds: OrderRefund[];
}

export type OrderEvent =
  /** WeChat's payment notification, verified by queryOrder; `at` is when the visitor paid. */
  | { type: 'paid_notified'; totalFen: Fen; at: number }
  /** A failure notification (WeChat may never send one): the visitor may pay again. */
  | { type: 'payment_failed' }
  /** The expiry job, at `at`. */
  | { type: 'hold_expired'; at: number }
  /** The visitor gave up the whole unpaid order. */
  | { type: 'cancelled_unpaid' }
  /** Tickets cancelled at `at`, by the visitor (refunded by the rule) or the venue (refunded in full). */
  | { type: 'cancel_tickets'; lineIds: string[]; at: number; byVenue: boolean }
  /** WeChat's refund notification. */
  | { type: 'refund_notified'; outRefundNo: string };

/** Why an event changes nothing (the service logs it, or answers a visitor's action INVALID_STATE). */
export type IgnoredReason =
  | 'already_paid'
  | 'nothing_paid'
  | 'payment_failed'
  | 'hold_not_over'
  | 'not_pending'
  | 'not_paid'
  | 'unknown_line'
  | 'nothing_to_cancel'
  | 'unknown_refund'
  | 'refund_settled';

/** What the service must carry out, in this order, after its conditional update succeeded. */
export type OrderEffect =
  | { type: 'confirm_booking' }
  /** Cancel these tickets and give their places or seats back. */
  | { type: 'release_places'; lineIds: string[] }
  /** cloud.cloudPay.refund; retried with the same outRefundNo until WeChat answers. */
  | { type: 'refund'; outRefundNo: string; fen: Fen; lineIds: string[] }
  /** cloud.cloudPay.closeOrder, so the visitor can no longer pay for places given back. */
  | { type: 'close_trade' }
  /** Nothing: the order is unchanged and nothing is written. */
  | { type: 'none'; reason: IgnoredReason };

export interface Transition {
  status: OrderStatus;
  effects: OrderEffect[];
  /** The order after the event (the same object when the event is ignored). */
  order: Order;
}

/** The most tickets one order may hold: its refund numbers stay within WeChat's 64 characters. */
export const MAX_ORDER_LINES = 100;

const ORDER_NO = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * The out_refund_no of refunding `lineIds` of an order: the order number, `R`, and the set of lines as a
 * hexadecimal bit mask over the order's line positions (`…R5`: the first and third lines). Derived from
 * the lines, not from a count of earlier refunds, so two cancels of the same tickets at the same moment
 * ask WeChat for the same refund, which it makes once; and since a line is refunded at most once, the
 * refunds of one order never share a number. At most 32 + 1 + 25 characters of `[A-Za-z0-9]`, `_`, `-`.
 */
export function refundNo(order: Pick<Order, 'orderNo' | 'lines'>, lineIds: readonly string[]): string {
  if (!ORDER_NO.test(order.orderNo)) throw new RangeError(`not an order number: ${order.orderNo}`);
  if (order.lines.length > MAX_ORDER_LINES) throw new RangeError(`too many lines: ${order.lines.length}`);
  const named = new Set(lineIds);
  const nibbles = new Array<number>(Math.ceil(order.lines.length / 4)).fill(0);
  order.lines.forEach((line, i) => {
    if (named.has(line.id)) nibbles[i >> 2] |= 1 << (i & 3);
  });
  const mask = nibbles
    .reverse()
    .map((n) => n.toString(16))
    .join('')
    .replace(/^0+/, '');
  return `${order.orderNo}R${mask}`;
}

/** The money refunded or being refunded. */
export const refundedFen = (order: Order): Fen => sumFen(order.refunds.map((r) => r.fen));

/** An ignored event: the order stays as it is. */
const ignored = (order: Order, reason: IgnoredReason): Transition => ({
  status: order.status,
  effects: [{ type: 'none', reason }],
  order,
});

const moved = (order: Order, status: OrderStatus, effects: OrderEffect[]): Transition => ({
  status,
  effects,
  order: { ...order, status },
});

/** The status once no refund is in flight: by the money, not by the tickets left. */
function settledStatus(order: Order): OrderStatus {
  if (order.refunds.some((r) => !r.settled)) return 'refunding';
  const back = refundedFen(order);
  if (back === 0) return 'paid';
  return back >= (order.payment?.fen ?? 0) ? 'refunded' : 'partially_refunded';
}

/**
 * Cancels `lineIds` (not cancelled yet) and refunds `fen` for them: a refund in flight when anything is
 * due (WeChat refunds positive amounts only), the settled status otherwise.
 */
function refundLines(order: Order, lineIds: string[], fen: Fen, effects: OrderEffect[]): Transition {
  const named = new Set(lineIds);
  const lines = order.lines.map((l) => (named.has(l.id) ? { ...l, cancelled: true } : l));
  if (fen === 0) {
    const next = { ...order, lines };
    return moved(next, settledStatus(next), effects);
  }
  const refund = { outRefundNo: refundNo(order, lineIds), fen, lineIds };
  const next = { ...order, lines, refunds: [...order.refunds, { ...refund, settled: false }] };
  return moved(next, 'refunding', [...effects, { type: 'refund', ...refund }]);
}

const allLineIds = (order: Order): string[] => order.lines.map((l) => l.id);

/**
 * A payment of an unpaid order (pending, expired or cancelled). Confirmed only when it is the order's
 * total, paid within the hold, while the places are still held; otherwise what was paid goes back in
 * full, and the places go back too if the hold still had them.
 */
function onPayment(order: Order, event: { totalFen: Fen; at: number }): Transition {
  if (order.payment) return ignored(order, 'already_paid');
  // WeChat takes at least one fen; a notification of nothing paid is not a payment.
  if (event.totalFen < 1) return ignored(order, 'nothing_paid');
  const paid = { ...order, payment: { fen: event.totalFen, at: event.at } };
  const holding = order.status === 'pending_payment';
  if (holding && event.totalFen === order.totalFen && event.at < order.holdUntil) {
    return moved(paid, 'paid', [{ type: 'confirm_booking' }]);
  }
  const lineIds = allLineIds(order);
  return refundLines(paid, lineIds, event.totalFen, holding ? [{ type: 'release_places', lineIds }] : []);
}

/** The unpaid order's places go back, and its trade is closed first so that no payment lands after. */
function releaseUnpaid(order: Order, status: 'expired' | 'cancelled'): Transition {
  if (order.status !== 'pending_payment') return ignored(order, 'not_pending');
  return moved(order, status, [{ type: 'close_trade' }, { type: 'release_places', lineIds: allLineIds(order) }]);
}

/**
 * Tickets cancelled. Unpaid: only a closure cancels, and the whole order (an unpaid trade cannot be paid
 * in part). Paid: the named tickets not cancelled yet, refunded in full by the venue, by the refund rule
 * when the visitor cancels; tickets cancelled before are not refunded again.
 */
function onCancelTickets(order: Order, event: Extract<OrderEvent, { type: 'cancel_tickets' }>): Transition {
  if (order.status === 'pending_payment' && event.byVenue) return releaseUnpaid(order, 'cancelled');
  if (!order.payment) return ignored(order, 'not_paid');
  const known = new Set(allLineIds(order));
  if (event.lineIds.some((id) => !known.has(id))) return ignored(order, 'unknown_line');
  const fresh = order.lines.filter((l) => event.lineIds.includes(l.id) && !l.cancelled);
  if (fresh.length === 0) return ignored(order, 'nothing_to_cancel');
  const lineIds = fresh.map((l) => l.id);
  // A line is refunded only as it is cancelled, so the lines still standing have had nothing back yet.
  const fen = event.byVenue
    ? sumFen(fresh.map((l) => l.priceFen))
    : splitRefund(
        order.lines.map((l) => ({ id: l.id, paidFen: l.priceFen, refundedFen: 0 })),
        lineIds,
        order.start,
        event.at,
        order.refundRule,
      ).fen;
  return refundLines(order, lineIds, fen, [{ type: 'release_places', lineIds }]);
}

function onRefundNotified(order: Order, outRefundNo: string): Transition {
  const refund = order.refunds.find((r) => r.outRefundNo === outRefundNo);
  if (!refund) return ignored(order, 'unknown_refund');
  if (refund.settled) return ignored(order, 'refund_settled');
  const next = { ...order, refunds: order.refunds.map((r) => (r === refund ? { ...r, settled: true } : r)) };
  return moved(next, settledStatus(next), []);
}

/** What `event` does to `order`: its next status, the effects to carry out, and the order after. */
export function transition(order: Order, event: OrderEvent): Transition {
  switch (event.type) {
    case 'paid_notified':
      return onPayment(order, event);
    case 'payment_failed':
      return ignored(order, 'payment_failed');
    case 'hold_expired':
      if (order.status === 'pending_payment' && event.at < order.holdUntil) return ignored(order, 'hold_not_over');
      return releaseUnpaid(order, 'expired');
    case 'cancelled_unpaid':
      return releaseUnpaid(order, 'cancelled');
    case 'cancel_tickets':
      return onCancelTickets(order, event);
    case 'refund_notified':
      return onRefundNotified(order, event.outRefundNo);
  }
}

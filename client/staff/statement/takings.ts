// A statement's figures as the pages show them (seed 001): takings and refunds by payment method, in the
// order the window reads them, and their sums. Pure; the amounts are the function's, in fen.
import type { PaymentMethod, StatementView, TakingsView } from '@shared/contract';
import { PAYMENT_METHOD_LABELS } from '@shared/contract/order';
import { sumFen } from '@shared/rules/money';
import { parseIso } from '@shared/time';

/** Cash and the card terminal first (what the window counts), then WeChat Pay (the app's own). */
export const METHOD_ORDER: readonly PaymentMethod[] = ['cash', 'terminal', 'wechat'];

export interface MethodRow {
  method: PaymentMethod;
  label: string;
  paidFen: number;
  refundedFen: number;
}

/** One row per payment method, in METHOD_ORDER. */
export const methodRows = (t: TakingsView): MethodRow[] =>
  METHOD_ORDER.map((method) => ({
    method,
    label: PAYMENT_METHOD_LABELS[method],
    paidFen: t.paidFen[method],
    refundedFen: t.refundedFen[method],
  }));

/** Taken in all, over every method. */
export const paidTotal = (t: TakingsView) => sumFen(METHOD_ORDER.map((m) => t.paidFen[m]));

/** Refunded in all, over every method. */
export const refundedTotal = (t: TakingsView) => sumFen(METHOD_ORDER.map((m) => t.refundedFen[m]));

/** Nothing sold and nothing refunded. */
export const isQuiet = (t: TakingsView) => t.tickets === 0 && t.refundedTickets === 0 && refundedTotal(t) === 0;

export type StatementOrder = StatementView['orders'][number];

/** When an order last moved money: its refund, else its payment (ISO; orders of a statement have one). */
export const lastMoved = (o: StatementOrder) => o.refundedAt ?? o.paidAt ?? o.start;

/** The orders newest first, at most `max` of them. */
export const latestOrders = (orders: StatementOrder[], max: number) =>
  [...orders].sort((a, b) => parseIso(lastMoved(b)) - parseIso(lastMoved(a))).slice(0, max);

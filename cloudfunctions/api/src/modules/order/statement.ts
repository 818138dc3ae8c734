// Statements (seed 001): the ticket window's day and the finance office's month are sums of the orders
// themselves, never a second ledger that could drift: a payment counts on the day it was paid (by its
// method), a refund on the day it was settled. So for any period paid − refunded is the net, to the fen,
// and the statement of a month is the sum of its days.
import { PAYMENT_METHODS, type PaymentMethod, type StatementView, type TakingsView } from '@shared/contract';
import { addDays, atLocal, toIso } from '@shared/time';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc, OrderDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import type { Deps } from '../../deps';

type Sale = Pick<BookingDoc, '_id' | 'resourceName' | 'start'> & { order: OrderDoc };

const byMethod = (): Record<PaymentMethod, number> =>
  Object.fromEntries(PAYMENT_METHODS.map((m) => [m, 0])) as Record<PaymentMethod, number>;

/** What `sales` took and gave back within [from, to). */
export function takingsOf(sales: Sale[], from: number, to: number): TakingsView {
  const t = { tickets: 0, paidFen: byMethod(), refundedFen: byMethod(), refundedTickets: 0, netFen: 0 };
  const within = (at: number | undefined) => at !== undefined && at >= from && at < to;
  for (const { order } of sales) {
    if (order.payment && order.payment.fen > 0 && within(order.payment.at)) {
      t.tickets += order.lines.length;
      t.paidFen[order.method] += order.payment.fen;
      t.netFen += order.payment.fen;
    }
    for (const r of order.refunds) {
      if (!r.settled || !within(r.settledAt)) continue;
      t.refundedFen[order.method] += r.fen;
      t.refundedTickets += r.lineIds.length;
      t.netFen -= r.fen;
    }
  }
  return t;
}

/** Every order of the venue with a payment or a settled refund within [from, to). */
async function salesOf(deps: Deps, venueId: string, from: number, to: number, max: number): Promise<Sale[]> {
  const _ = deps.db.command;
  const bookings = deps.db.collection(COLLECTIONS.bookings);
  const fields = { _id: true, resourceName: true, start: true, order: true };
  const [paid, refunded] = await Promise.all([
    readAll<Sale>(
      bookings
        .where({ venueId, 'order.payment.at': _.gte(from).and(_.lt(to)) })
        .orderBy('_id', 'asc')
        .field(fields),
      max,
    ),
    readAll<Sale>(
      bookings
        .where({ venueId, 'order.refunds.settledAt': _.gte(from).and(_.lt(to)) })
        .orderBy('_id', 'asc')
        .field(fields),
      max,
    ),
  ]);
  const all = new Map([...paid, ...refunded].map((s) => [s._id, s]));
  return [...all.values()];
}

function orderRows(sales: Sale[]): StatementView['orders'] {
  return sales.map(({ _id, resourceName, start, order }) => {
    const settled = order.refunds.filter((r) => r.settled);
    const last = settled.map((r) => r.settledAt ?? 0).sort((a, b) => b - a)[0];
    return {
      orderNo: _id,
      resourceName,
      start: toIso(start),
      method: order.method,
      tickets: order.lines.length,
      paidFen: order.payment?.fen ?? 0,
      ...(order.payment && order.payment.fen > 0 ? { paidAt: toIso(order.payment.at) } : {}),
      refundedFen: settled.reduce((n, r) => n + r.fen, 0),
      ...(last ? { refundedAt: toIso(last) } : {}),
    };
  });
}

/** The most orders one statement reads (a day of a busy hall is a few thousand). */
const MAX_ORDERS = 20_000;

/** A day at the venue: in all, and per window (who sold; the app's own sales as 线上). */
export async function dayStatement(
  deps: Deps,
  venueId: string,
  date: string,
  names: (openids: string[]) => Promise<Map<string, string>>,
): Promise<StatementView> {
  const from = atLocal(date);
  const to = atLocal(addDays(date, 1));
  const sales = await salesOf(deps, venueId, from, to, MAX_ORDERS);
  const sellers = [...new Set(sales.map((s) => s.order.sale?.by ?? 'online'))].sort();
  const people = await names(sellers.filter((s) => s !== 'online'));
  return {
    venueId,
    period: date,
    total: takingsOf(sales, from, to),
    windows: sellers.map((seller) => ({
      seller,
      name: seller === 'online' ? '线上（微信支付）' : (people.get(seller) ?? '工作人员'),
      ...takingsOf(
        sales.filter((s) => (s.order.sale?.by ?? 'online') === seller),
        from,
        to,
      ),
    })),
    orders: orderRows(sales),
  };
}

/** A month at the venue, by day: each day's row is that day's statement total. */
export async function monthStatement(deps: Deps, venueId: string, month: string): Promise<StatementView> {
  const first = `${month}-01`;
  const from = atLocal(first);
  const [y, m] = month.split('-').map(Number);
  const to = atLocal(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`);
  const sales = await salesOf(deps, venueId, from, to, MAX_ORDERS);
  const days: StatementView['days'] = [];
  for (let date = first; date.startsWith(month); date = addDays(date, 1)) {
    days.push({ date, ...takingsOf(sales, atLocal(date), atLocal(addDays(date, 1))) });
  }
  return { venueId, period: month, total: takingsOf(sales, from, to), days, orders: orderRows(sales) };
}

// What an order's change leaves to do once it is stored: the visitor told of a confirmed ticket, the
// trade closed, refunds asked of WeChat. Places given back are the caller's (its release marker went
// into the same update, booking/release.ts). Each step is keyed or idempotent, so carrying out again
// what was carried out already changes nothing.
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { noticeData } from '../booking/noticeData';
import { sendNotice } from '../notice/send';
import type { OrderChange } from './change';
import { askRefund, closeTrade } from './wechatPay';

export async function carryOut(deps: Deps, booking: BookingDoc, effects: OrderChange['effects']): Promise<void> {
  const order = booking.order;
  if (!order) return;
  for (const effect of effects) {
    if (effect.type === 'confirm_booking')
      await sendNotice(deps, booking.openid, 'booked', noticeData(booking), booking._id);
    if (effect.type === 'close_trade') await closeTrade(deps, order);
    if (effect.type === 'refund') {
      const refund = order.refunds.find((r) => r.outRefundNo === effect.outRefundNo);
      if (refund) await askRefund(deps, order, refund);
    }
  }
}

/** Asks again for every refund of the order not yet settled (a repeated request, the job). */
export async function askPendingRefunds(deps: Deps, booking: BookingDoc): Promise<void> {
  const order = booking.order;
  for (const refund of order?.refunds ?? []) if (order && !refund.settled) await askRefund(deps, order, refund);
}

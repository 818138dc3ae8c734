// After a booking with an order was cancelled (also when a repeat of the request finds it so): an unpaid
// trade closed, every refund not yet settled carried out. Derived from the stored order, so a repeat
// carries out exactly what the first one may not have finished. A WeChat refund is asked (its
// notification settles it); a window sale's refund is the money handed back at the window by the staff
// who cancels it, so it is settled there and then.
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { applyOrderEvent } from './apply';
import { askPendingRefunds } from './carryOut';
import { closeTrade } from './wechatPay';

export async function settleCancelledOrder(deps: Deps, booking: BookingDoc): Promise<void> {
  const order = booking.order;
  if (!order) return;
  if (order.method !== 'wechat') {
    for (const refund of order.refunds.filter((r) => !r.settled))
      await applyOrderEvent(deps, booking._id, { type: 'refund_notified', outRefundNo: refund.outRefundNo });
    return;
  }
  if (order.status === 'cancelled' || order.status === 'expired') await closeTrade(deps, order);
  await askPendingRefunds(deps, booking);
}

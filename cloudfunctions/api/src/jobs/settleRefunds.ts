// Refunds asked of WeChat whose notification has not come (or whose asking failed): after a grace period
// each is asked again by its outRefundNo (WeChat answers the same refund, or makes it now if the first ask
// never reached it), then queried; a refund WeChat says it made settles the order.
import { MINUTE_MS } from '@shared/time';
import { COLLECTIONS } from '../db/schema';
import type { BookingDoc } from '../db/docs';
import type { Deps } from '../deps';
import { applyOrderEvent } from '../modules/order/apply';
import { askRefund, refundMade } from '../modules/order/wechatPay';
import type { Job } from './job';

const BATCH = 50;
/** A refund's notification normally follows within seconds; the job waits this long before asking. */
export const REFUND_GRACE_MS = 5 * MINUTE_MS;

export const settleRefunds: Job = {
  name: 'settleRefunds',
  async run(deps: Deps) {
    const now = deps.clock();
    const { data } = await deps.db
      .collection(COLLECTIONS.bookings)
      .where({ 'order.status': 'refunding', updatedAt: deps.db.command.lte(now - REFUND_GRACE_MS) })
      .orderBy('updatedAt', 'asc')
      .limit(BATCH)
      .get();
    let settled = 0;
    for (const booking of data as BookingDoc[]) {
      const order = booking.order as NonNullable<BookingDoc['order']>;
      for (const refund of order.refunds.filter((r) => !r.settled)) {
        try {
          await askRefund(deps, order, refund);
          if (!(await refundMade(deps, refund.outRefundNo))) continue;
          await applyOrderEvent(deps, booking._id, { type: 'refund_notified', outRefundNo: refund.outRefundNo });
          settled++;
        } catch (e) {
          deps.log.error('refund left for the next run', { bookingId: booking._id, error: String(e) });
        }
      }
    }
    return { worked: settled > 0 };
  },
};

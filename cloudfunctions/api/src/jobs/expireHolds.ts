// Tickets whose hold ran out unpaid (modules/order/trade.ts settleHold): each trade closed, then asked;
// paid meanwhile → the payment applies, otherwise the places go back. A trade WeChat does not answer for
// stays held until the next run. Resumable: what is left is exactly what the query finds.
import { COLLECTIONS } from '../db/schema';
import type { BookingDoc } from '../db/docs';
import type { Deps } from '../deps';
import { settleHold } from '../modules/order/trade';
import type { Job } from './job';

const BATCH = 50;

export const expireHolds: Job = {
  name: 'expireHolds',
  async run(deps: Deps) {
    const { data } = await deps.db
      .collection(COLLECTIONS.bookings)
      .where({ status: 'pending_payment', 'order.holdUntil': deps.db.command.lte(deps.clock()) })
      .orderBy('order.holdUntil', 'asc')
      .limit(BATCH)
      .get();
    let settled = 0;
    for (const booking of data as BookingDoc[]) {
      try {
        if ((await settleHold(deps, booking)).status !== 'pending_payment') settled++;
      } catch (e) {
        deps.log.error('hold left for the next run', { bookingId: booking._id, error: String(e) });
      }
    }
    return { worked: settled > 0 };
  },
};

// desk.refund: a ticket sold at the window, given back at the window. The refund rule applies as to any
// visitor's cancellation (all, a share, or nothing by how near the start it is), and the money goes back
// the way it came, handed over by the staff member then and there (order/settle.ts). One conditional
// update cancels the booking, records the refund and the places (and seats) to give back, so two staff
// refunding one sale at the same moment refund it once.
import { AppError, stateError } from '@shared/errors';
import type { Handler } from '../../context';
import { settleRelease } from '../booking/release';
import { findBooking } from '../booking/repository';
import { isActive, isRepeat, pendingRelease, requestChangeId, transition } from '../booking/transition';
import { cancelOrder, withOrder } from '../order/change';
import { settleCancelledOrder } from '../order/settle';
import { requireDeskBookingOf, type DeskBooking } from './access';
import { deskBookingView } from './view';

export const refundAtDesk: Handler<'desk.refund'> = async ({ deps, roles, requestId, record }, { bookingId }) => {
  const booking = requireDeskBookingOf(roles, await findBooking(deps.db, bookingId), bookingId);
  if (!booking.order || booking.order.method === 'wechat')
    throw stateError('not_paid_ticket', '只有窗口售出的票可在窗口退票');
  const changeId = requestChangeId(booking._id, requestId);
  let done = booking;
  if (!isRepeat(booking, changeId)) {
    if (!isActive(booking)) throw stateError('booking_not_active', '该票当前不能退', { status: booking.status });
    const now = deps.clock();
    if (now >= booking.cancelDeadline) throw new AppError('DEADLINE_PASSED', {}, '已超过可退票时间');
    const { patch, guard } = withOrder(booking.order, cancelOrder(booking.order, now, false));
    const release = pendingRelease(booking, now);
    done = (await transition(
      deps,
      booking,
      { status: 'cancelled', cancelledAt: now, release, ...patch },
      changeId,
      guard,
    )) as DeskBooking;
  }
  if (done.release) await settleRelease(deps, done._id, done.release);
  await settleCancelledOrder(deps, done);
  const after = (await findBooking(deps.db, bookingId)) as DeskBooking;
  record({
    venueId: after.venueId,
    target: after._id,
    detail: { refundedFen: after.order?.refunds.reduce((n, r) => n + r.fen, 0) },
  });
  return deskBookingView(deps, after, deps.clock());
};

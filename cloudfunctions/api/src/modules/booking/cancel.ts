// booking.cancel: the status change records what must be given back (the release marker) in the same
// conditional update, so of two simultaneous cancels exactly one applies; the release itself is keyed
// and happens exactly once, and the freed places go to the waiting list. The change's id derives from
// the request, so a second delivery of it (at the same moment, or a retry after a lost answer) finds the
// cancel made and answers it again: no requests record is needed (two writes fewer per cancel).
import { AppError, stateError } from '@shared/errors';
import type { Handler } from '../../context';
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { sendNotice } from '../notice/send';
import { noticeData } from './noticeData';
import { settleRelease } from './release';
import { requireOwnBooking } from './repository';
import { isActive, isRepeat, pendingRelease, requestChangeId, transition } from './transition';
import { bookingView } from './view';
import { cancelOrder, withOrder } from '../order/change';
import { settleCancelledOrder } from '../order/settle';
import { cancelSome } from './cancelSome';

export const cancelBooking: Handler<'booking.cancel'> = async ({ deps, openid, requestId }, input) => {
  const booking = await requireOwnBooking(deps.db, openid, input.bookingId);
  const changeId = requestChangeId(booking._id, requestId);
  // Some of a paid group order's tickets; all of them is the whole booking.
  const some = input.attendeeIds;
  if (some && !isRepeat(booking, changeId) && some.some((id) => !booking.attendees.some((a) => a.id === id)))
    throw new AppError('INVALID_INPUT', { fields: [{ path: 'data.attendeeIds', message: '所选参观人不在该预约中' }] });
  if (some && (isRepeat(booking, changeId) ? booking.status !== 'cancelled' : some.length < booking.attendees.length))
    return cancelSome(deps, booking, some, changeId);
  if (isRepeat(booking, changeId)) return finish(deps, openid, booking);
  if (!isActive(booking)) throw stateError('booking_not_active', '该预约当前不能取消', { status: booking.status });
  const now = deps.clock();
  if (now >= booking.cancelDeadline) throw new AppError('DEADLINE_PASSED', {}, '已超过可取消时间，预约保留');

  const release = pendingRelease(booking, now);
  // A paid ticket's order changes in the same update: refunded by the rule, or its unpaid trade given up.
  const { patch, guard } = withOrder(booking.order, cancelOrder(booking.order, now, false));
  return finish(
    deps,
    openid,
    await transition(deps, booking, { status: 'cancelled', cancelledAt: now, release, ...patch }, changeId, guard),
  );
};

/** After the change (or on a repeat of the request that made it): the release and the notice, both keyed. */
async function finish(deps: Deps, openid: string, cancelled: BookingDoc) {
  if (cancelled.release) await settleRelease(deps, cancelled._id, cancelled.release);
  await settleCancelledOrder(deps, cancelled);
  await sendNotice(deps, openid, 'cancelled', noticeData(cancelled), cancelled._id);
  return bookingView({ ...cancelled, release: undefined }, deps.clock());
}

// A resource with requiresApproval holds the place as pending_approval; a manager of its venue
// approves, or rejects with a reason, which gives the place back (and to the waiting list). Approval
// ends when the slot starts: a booking confirmed then could not be used as booked, and the no-show job
// would count it against the visitor. Rejecting stays open; the markNoShows job ends what is left
// (expire.ts).
import { grantsRole, type RoleGrant } from '@shared/contract';
import { AppError, stateError } from '@shared/errors';
import { resolvePolicy } from '@shared/rules/policy';
import { toIso } from '@shared/time';
import { bookingResource } from '../catalog/repository';
import { confirmDeadline } from '../booking/confirmation';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { noticeData } from '../booking/noticeData';
import { settleRelease } from '../booking/release';
import { isRepeat, pendingRelease, requestChangeId, transition } from '../booking/transition';
import { bookingView } from '../booking/view';
import { sendNotice } from '../notice/send';

/**
 * The booking to review, and the id of this request's change: `repeat` when the change was made by
 * an earlier delivery of this very request (its answer lost), which is then answered the same way.
 */
async function requireReview(deps: Deps, roles: RoleGrant[], bookingId: string, requestId: string | null) {
  const { data } = await deps.db.collection(COLLECTIONS.bookings).doc(bookingId).get();
  const booking = data as BookingDoc | null;
  if (!booking) throw new AppError('NOT_FOUND', { bookingId }, '未找到该预约');
  if (!grantsRole(roles, 'manager', booking.venueId)) throw new AppError('FORBIDDEN', { venueId: booking.venueId });
  const changeId = requestChangeId(booking._id, requestId);
  const repeat = isRepeat(booking, changeId);
  if (!repeat && booking.status !== 'pending_approval')
    throw stateError('not_pending_approval', '该预约不在待审核状态', { status: booking.status });
  return { booking, changeId, repeat };
}

/** Approving confirms the booking; by the hour, the applicant may have to confirm it in turn by a deadline. */
async function approval(deps: Deps, booking: BookingDoc): Promise<Partial<BookingDoc>> {
  if (!booking.interval) return { status: 'confirmed' };
  const policy = resolvePolicy((await bookingResource(deps.db, booking.resourceId)).policy);
  const confirmBy = confirmDeadline(booking, policy, deps.clock());
  return confirmBy === undefined ? { status: 'confirmed' } : { status: 'confirmed', confirmBy };
}

export const approveBooking: Handler<'booking.approve'> = async ({ deps, record, roles, requestId }, input) => {
  const { booking, changeId, repeat } = await requireReview(deps, roles, input.bookingId, requestId);
  if (!repeat && deps.clock() >= booking.start)
    throw new AppError('DEADLINE_PASSED', { start: toIso(booking.start) }, '该时段已开始，不能再审核通过');
  const approved = repeat ? booking : await transition(deps, booking, await approval(deps, booking), changeId);
  record({ venueId: booking.venueId, target: booking._id });
  await sendNotice(deps, booking.openid, 'approved', noticeData(approved), booking._id);
  return bookingView(approved, deps.clock());
};

export const rejectBooking: Handler<'booking.reject'> = async ({ deps, record, roles, requestId }, input) => {
  const { booking, changeId, repeat } = await requireReview(deps, roles, input.bookingId, requestId);
  const now = deps.clock();
  const rejected = repeat
    ? booking
    : await transition(
        deps,
        booking,
        { status: 'rejected', reason: input.reason, release: pendingRelease(booking, now) },
        changeId,
      );
  if (rejected.release) await settleRelease(deps, booking._id, rejected.release);
  record({ venueId: booking.venueId, target: booking._id, detail: { reason: input.reason } });
  await sendNotice(deps, booking.openid, 'rejected', noticeData(rejected, { reason: input.reason }), booking._id);
  return bookingView({ ...rejected, release: undefined }, now);
};

import { AppError, stateError } from '@shared/errors';
import { resolvePolicy } from '@shared/rules/policy';
import type { Handler } from '../../context';
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { requireResource, requireSlot } from '../catalog/repository';
import { sendNotice } from '../notice/send';
import { assertEligible } from './eligibility';
import { assertSameResource, finishMove, moveBooking } from './move';
import { noticeData } from './noticeData';
import { requireOwnBooking } from './repository';
import { isActive, isRepeat, requestChangeId, seatsOfBooking } from './transition';
import { bookingView } from './view';
import { changeInterval } from '../interval/change';

/** booking.change: another slot of the same resource, or another range by the hour, before the change deadline. */
export const changeBooking: Handler<'booking.change'> = async ({ deps, openid, requestId }, input) => {
  const booking = await requireOwnBooking(deps.db, openid, input.bookingId);
  const changeId = requestChangeId(booking._id, requestId);
  if (isRepeat(booking, changeId))
    return told(deps, openid, booking.interval ? booking : await finishMove(deps, booking));
  if (input.kind === 'interval')
    return told(deps, openid, await changeInterval(deps, booking, { start: input.start, end: input.end }, changeId));
  const target = await requireSlot(deps.db, input.slotId);
  if (!isActive(booking)) throw stateError('booking_not_active', '该预约当前不能改期', { status: booking.status });
  if (booking.order || seatsOfBooking(booking).length)
    throw stateError('paid_ticket', '已购门票不支持改期，可退票后重新购买');
  assertSameResource(booking, target);
  const now = deps.clock();
  if (now >= booking.changeDeadline) throw new AppError('DEADLINE_PASSED', {}, '已超过可改期时间');
  const resource = await requireResource(deps.db, booking.resourceId);
  const policy = resolvePolicy(resource.policy);
  await assertEligible(deps, { slot: target, resource, policy, people: booking.attendees, now });
  // Where bookings need approval, the new time is approved afresh: the booking goes back to 待审核.
  const moved = await moveBooking(
    deps,
    booking,
    target,
    resource,
    policy,
    policy.requiresApproval ? 'pending_approval' : booking.status,
    changeId,
  );
  return told(deps, openid, moved);
};

/** The visitor is told once per move (keyed), on a repeat of the request too. */
async function told(deps: Deps, openid: string, moved: BookingDoc) {
  await sendNotice(deps, openid, 'changed', noticeData(moved), `${moved._id}:${moved.moves}`);
  return bookingView(moved, deps.clock());
}

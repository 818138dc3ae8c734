import { stateError } from '@shared/errors';
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
import { isRepeat, requestChangeId, seatsOfBooking } from './transition';
import { bookingView } from './view';

/** booking.rebook: a booking the venue cancelled, moved in one tap to an open slot (places permitting). */
export const rebookBooking: Handler<'booking.rebook'> = async ({ deps, openid, requestId }, input) => {
  const booking = await requireOwnBooking(deps.db, openid, input.bookingId);
  const changeId = requestChangeId(booking._id, requestId);
  if (isRepeat(booking, changeId)) return told(deps, openid, await finishMove(deps, booking));
  const target = await requireSlot(deps.db, input.slotId);
  if (booking.status !== 'cancelled_by_venue')
    throw stateError('booking_not_cancelled_by_venue', '只有场馆取消的预约可以一键改约', { status: booking.status });
  if (booking.order || seatsOfBooking(booking).length) throw stateError('paid_ticket', '门票请重新购买');
  assertSameResource(booking, target);
  const resource = await requireResource(deps.db, booking.resourceId);
  const policy = resolvePolicy(resource.policy);
  const now = deps.clock();
  await assertEligible(deps, { slot: target, resource, policy, people: booking.attendees, now });
  const status = policy.requiresApproval ? 'pending_approval' : 'confirmed';
  const moved = await moveBooking(deps, booking, target, resource, policy, status, changeId);
  return told(deps, openid, moved);
};

/** The visitor is told once per move (keyed), on a repeat of the request too. */
async function told(deps: Deps, openid: string, moved: BookingDoc) {
  await sendNotice(deps, openid, 'booked', noticeData(moved), `${moved._id}:${moved.moves}`);
  return bookingView(moved, deps.clock());
}

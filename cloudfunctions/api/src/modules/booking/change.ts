import { AppError } from '@shared/errors';
import { resolvePolicy } from '@shared/rules/policy';
import type { Handler } from '../../context';
import { requireResource, requireSlot } from '../catalog/repository';
import { notify } from '../notice/notify';
import { assertEligible } from './eligibility';
import { assertSameResource, moveBooking } from './move';
import { noticeData } from './noticeData';
import { requireOwnBooking } from './repository';
import { isActive } from './transition';
import { bookingView } from './view';

/** booking.change: another slot of the same resource, before the change deadline. */
export const changeBooking: Handler<'booking.change'> = async ({ deps, openid, requestId }, input) => {
  const booking = await requireOwnBooking(deps.db, openid, input.bookingId);
  const target = await requireSlot(deps.db, input.slotId);
  if (!isActive(booking)) throw new AppError('INVALID_STATE', { status: booking.status }, '该预约当前不能改期');
  assertSameResource(booking, target);
  const now = deps.clock();
  if (now >= booking.changeDeadline) throw new AppError('DEADLINE_PASSED', {}, '已超过可改期时间');
  const resource = await requireResource(deps.db, booking.resourceId);
  const policy = resolvePolicy(resource.policy);
  await assertEligible(deps, { slot: target, resource, policy, people: booking.attendees, now });
  // Where bookings need approval, the new time is approved afresh: the booking goes back to 待审核.
  const moved = await moveBooking(deps, booking, target, resource, policy, policy.requiresApproval ? 'pending_approval' : booking.status, requestId ?? '');
  await notify(deps, openid, 'changed', noticeData(moved), `${moved._id}:${moved.moves}`);
  return bookingView(moved, now);
};

// booking.cancel: the status change from an active state to `cancelled` is a conditional update,
// so of two simultaneous cancels exactly one changes it, and only that one gives the places and
// the claims back: the place returns exactly once.
import { AppError } from '@shared/errors';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import { releaseClaims } from './claims';
import { releasePlaces } from './places';
import { requireOwnBooking } from './repository';
import { bookingView } from './view';

export const cancelBooking: Handler<'booking.cancel'> = async ({ deps, openid }, input) => {
  const { db } = deps;
  const booking = await requireOwnBooking(db, openid, input.bookingId);
  if (booking.status !== 'confirmed' && booking.status !== 'pending_approval') {
    throw new AppError('INVALID_STATE', { status: booking.status }, '该预约当前不能取消');
  }
  const now = deps.clock();
  if (now >= booking.cancelDeadline) throw new AppError('DEADLINE_PASSED', {}, '已超过可取消时间，预约保留');

  const res = await db
    .collection(COLLECTIONS.bookings)
    .where({ _id: booking._id, status: booking.status })
    .update({ data: { status: 'cancelled', cancelledAt: now, updatedAt: now } });
  if (res.stats.updated !== 1) throw new AppError('INVALID_STATE', {}, '该预约状态已变化，请刷新');

  await releasePlaces(db, booking.slotId, booking.attendees.length);
  await releaseClaims(deps, booking.claimIds);
  const cancelled: BookingDoc = { ...booking, status: 'cancelled', cancelledAt: now, updatedAt: now };
  return bookingView(cancelled, now);
};

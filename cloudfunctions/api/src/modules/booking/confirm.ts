// booking.confirm: the applicant confirms an approved booking by the hour before its confirmBy
// (booking/confirmation.ts). One conditional update on the booking's state decides against the lapse
// job at the same moment: whichever changes the booking first wins, the other finds it changed.
import { AppError, stateError } from '@shared/errors';
import { toIso } from '@shared/time';
import type { Handler } from '../../context';
import { awaitsConfirmation } from './confirmation';
import { requireOwnBooking } from './repository';
import { isRepeat, requestChangeId, transition } from './transition';
import { bookingView } from './view';

export const confirmBooking: Handler<'booking.confirm'> = async ({ deps, openid, requestId }, input) => {
  const booking = await requireOwnBooking(deps.db, openid, input.bookingId);
  const changeId = requestChangeId(booking._id, requestId);
  const now = deps.clock();
  if (isRepeat(booking, changeId)) return bookingView(booking, now);
  if (booking.confirmedAt !== undefined) return bookingView(booking, now);
  if (booking.status !== 'confirmed' || booking.confirmBy === undefined)
    throw stateError('booking_not_confirmed', '该预约无需确认', { status: booking.status });
  if (!awaitsConfirmation(booking, now))
    throw new AppError('DEADLINE_PASSED', { confirmBy: toIso(booking.confirmBy) }, '已超过确认时间，预约已释放');
  return bookingView(await transition(deps, booking, { confirmedAt: now }, changeId), now);
};

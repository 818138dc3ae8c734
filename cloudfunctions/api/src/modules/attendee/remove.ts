import { AppError } from '@shared/errors';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';

// Bookings keep their own masked copy of each attendee, so removing one leaves bookings intact.
export const removeAttendee: Handler<'attendee.remove'> = async ({ deps, openid }, input) => {
  const res = await deps.db.collection(COLLECTIONS.attendees).where({ _id: input.attendeeId, openid }).remove();
  if (res.stats.removed !== 1) throw new AppError('NOT_FOUND');
  return {};
};

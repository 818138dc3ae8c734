import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import type { Db } from '../../deps';

/** The caller's booking; another visitor's booking is NOT_FOUND, never FORBIDDEN. */
export async function requireOwnBooking(db: Db, openid: string, bookingId: string): Promise<BookingDoc> {
  const { data } = await db.collection(COLLECTIONS.bookings).doc(bookingId).get();
  const booking = data as BookingDoc | null;
  if (!booking || booking.openid !== openid) throw new AppError('NOT_FOUND', { bookingId }, '未找到该预约');
  return booking;
}

import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import type { Db } from '../../deps';

export async function findBooking(db: Db, bookingId: string): Promise<BookingDoc | null> {
  return ((await db.collection(COLLECTIONS.bookings).doc(bookingId).get()).data as BookingDoc | null) ?? null;
}

/** The caller's booking; another visitor's booking is NOT_FOUND, never FORBIDDEN. */
export async function requireOwnBooking(db: Db, openid: string, bookingId: string): Promise<BookingDoc> {
  const booking = await findBooking(db, bookingId);
  if (!booking || booking.openid !== openid) throw new AppError('NOT_FOUND', { bookingId }, '未找到该预约');
  return booking;
}

import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import { nearestOpenSlots } from '../catalog/alternatives';
import { requireResource } from '../catalog/repository';
import { findFeedback } from '../feedback/view';
import { intervalOffers } from '../interval/offers';
import { requireOwnBooking } from './repository';
import { bookingView } from './view';

/** The newest 200 of the caller's bookings. */
export const listBookings: Handler<'booking.list'> = async ({ deps, openid }, input) => {
  const where = input.status ? { openid, status: input.status } : { openid };
  const docs = await readAll<BookingDoc>(
    deps.db.collection(COLLECTIONS.bookings).where(where).orderBy('createdAt', 'desc').orderBy('_id', 'asc'),
    200,
  );
  const now = deps.clock();
  return docs.map((d) => bookingView(d, now));
};

/**
 * One booking; one the venue cancelled comes with what it can be rebooked to in one tap (the nearest open
 * slots, or for a booking by the hour other free times and resources of its kind), a rated one with its rating.
 */
export const getBooking: Handler<'booking.get'> = async ({ deps, openid }, input) => {
  const booking = await requireOwnBooking(deps.db, openid, input.bookingId);
  const now = deps.clock();
  if (booking.rated) return bookingView(booking, now, { feedback: await findFeedback(deps, booking._id) });
  if (booking.status !== 'cancelled_by_venue') return bookingView(booking, now);
  const resource = await requireResource(deps.db, booking.resourceId);
  if (booking.interval) {
    const wanted = { start: booking.start, end: booking.end };
    return bookingView(booking, now, {
      offers: await intervalOffers(deps, resource, wanted, booking.interval.headcount, now),
    });
  }
  return bookingView(booking, now, {
    alternatives: await nearestOpenSlots(deps, resource, booking.attendees.length, booking.start),
  });
};

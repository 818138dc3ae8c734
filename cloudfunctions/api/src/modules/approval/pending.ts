import { grantsRole } from '@shared/contract';
import { AppError } from '@shared/errors';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import { bookingView } from '../booking/view';
import { managedVenueFilter } from '../admin/scope';

/** The approval queue of the manager's venues, oldest first. */
export const pendingBookings: Handler<'admin.booking.pending'> = async ({ deps, roles }, input) => {
  if (input.venueId && !grantsRole(roles, 'manager', input.venueId))
    throw new AppError('FORBIDDEN', { venueId: input.venueId });
  const docs = await readAll<BookingDoc>(
    deps.db
      .collection(COLLECTIONS.bookings)
      .where({ status: 'pending_approval', ...managedVenueFilter(deps, roles, input.venueId) })
      .orderBy('createdAt', 'asc')
      .orderBy('_id', 'asc'),
    500,
  );
  const now = deps.clock();
  return docs.map((d) => bookingView(d, now));
};

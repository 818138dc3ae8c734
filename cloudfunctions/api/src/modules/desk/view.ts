import type { BookingView } from '@shared/contract';
import { bookingView } from '../booking/view';
import type { Deps } from '../../deps';
import { loadPeople } from '../user/people';
import type { DeskBooking } from './access';

/** The booking with its desk note, the staff member who booked named as people are to each other. */
export async function deskBookingView(deps: Deps, booking: DeskBooking, now: number): Promise<BookingView> {
  const { name, phoneMasked, company, needs, bookedBy } = booking.desk;
  const people = await loadPeople(deps, [bookedBy]);
  return bookingView(booking, now, {
    desk: {
      name,
      phoneMasked,
      ...(company ? { company } : {}),
      ...(needs ? { needs } : {}),
      bookedBy: people.get(bookedBy)!,
    },
  });
}

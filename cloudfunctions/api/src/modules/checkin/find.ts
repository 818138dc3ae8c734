import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import { staffVenueFilter } from './staffVenues';
import { checkinBookingView } from './view';

/** Bookings on a date at the staff member's venues, by a visitor's phone or the last 4 of an ID number. */
export const findForCheckin: Handler<'checkin.find'> = async ({ deps, roles }, input) => {
  const _ = deps.db.command;
  const person = input.phone
    ? { 'attendees.phoneHash': deps.pii.hash('phone', input.phone) }
    : { 'attendees.idMasked': deps.db.RegExp({ regexp: `${input.idLast4!.toUpperCase()}$` }) };
  const docs = await readAll<BookingDoc>(
    deps.db
      .collection(COLLECTIONS.bookings)
      .where({
        date: input.date,
        status: _.in(['confirmed', 'checked_in']),
        ...staffVenueFilter(deps, roles),
        ...person,
      })
      .orderBy('start', 'asc')
      .orderBy('_id', 'asc'),
    100,
  );
  return docs.map(checkinBookingView);
};

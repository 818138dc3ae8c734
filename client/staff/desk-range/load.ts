// What the customer booking page loads: the resources booked by the hour at the venues the staff member
// serves, and a day of one of them as the customer may book it.
import type { IntervalDayView, ResourceView, VenueView } from '@shared/contract';
import { addDays, parseIso } from '@shared/time';
import { call } from '../../services/cloud';
import { today } from '../../utils/format';
import { loadStaffVenues } from '../desk-book/load';

/** A venue the staff member serves, with its resources booked by the hour (none: the venue is left out). */
export interface RangeVenue {
  venue: VenueView;
  resources: ResourceView[];
}

/** The caller's venues as staff that have resources booked by the hour; null: the caller is no staff anywhere. */
export async function loadRangeVenues(): Promise<RangeVenue[] | null> {
  const venues = await loadStaffVenues();
  if (!venues.length) return null;
  const lists = await Promise.all(venues.map((v) => call('resource.list', { venueId: v.id })));
  return venues
    .map((venue, i) => ({ venue, resources: lists[i].filter((r) => r.mode === 'interval') }))
    .filter((v) => v.resources.length > 0);
}

/** The last date a customer may book: customers may book `customerExtraDays` beyond the employees' horizon. */
export const customerLatestDate = (day: IntervalDayView, resource: ResourceView) =>
  addDays(day.latestDate, resource.policy.interval.customerExtraDays);

/**
 * The day as a customer booked by customer service may book it. resource.day answers for the caller, an
 * employee: its cells beyond the employees' horizon are not bookable, and the caller's own bookings are
 * marked as theirs. For the customer, the days up to their longer horizon are bookable (every cell there is
 * still to come), and the staff member's own bookings are just taken places.
 */
export function customerDay(day: IntervalDayView, resource: ResourceView, now = Date.now()): IntervalDayView {
  const latestDate = customerLatestDate(day, resource);
  const extra = day.date > day.latestDate && day.date <= latestDate && day.date >= day.earliestDate;
  return {
    ...day,
    latestDate,
    cells: day.cells.map((c) => ({
      ...c,
      mine: false,
      bookable: c.bookable || (extra && parseIso(c.start) > now),
    })),
  };
}

/** The day to show: the chosen one; at first today, or the first bookable date when today is before it. */
export async function loadDay(resource: ResourceView, chosen: string | null): Promise<IntervalDayView> {
  const date = chosen ?? today();
  let day = await call('resource.day', { resourceId: resource.id, date });
  if (chosen === null && day.earliestDate > day.date)
    day = await call('resource.day', { resourceId: resource.id, date: day.earliestDate });
  return customerDay(day, resource);
}

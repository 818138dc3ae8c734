// What the customer booking page loads: the resources booked by the hour at the venues the staff member
// serves, and a day of one of them as the customer may book it.
import type { IntervalDayView, ResourceView, VenueView } from '@shared/contract';
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

/**
 * The day to show, as the customer may book it (resource.day `for: 'customer'`: their longer horizon, and the
 * staff member's own bookings just taken time): the chosen one; at first today, or the first bookable date
 * when today is before it.
 */
export async function loadDay(resource: ResourceView, chosen: string | null): Promise<IntervalDayView> {
  const dayOf = (date: string) => call('resource.day', { resourceId: resource.id, date, for: 'customer' });
  const day = await dayOf(chosen ?? today());
  return chosen === null && day.earliestDate > day.date ? dayOf(day.earliestDate) : day;
}

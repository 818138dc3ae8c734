// The day grid of a booking by the hour being changed (booking.change { bookingId, start, end }): what the
// function lets it move to, which is not what a new booking may take. Pure.
import type { BookingView, IntervalDayView, IntervalOffer } from '@shared/contract';
import { MINUTE_MS, parseIso } from '@shared/time';
import type { CellRange } from '../../components/IntervalDay';
import { offersOf } from '../../components/IntervalBooking/offers';

/** The booking's own range. */
export const rangeOf = (b: BookingView): CellRange => ({ start: b.start, end: b.end });

export const sameRange = (a: CellRange | null, b: CellRange | null) =>
  a !== null && b !== null && parseIso(a.start) === parseIso(b.start) && parseIso(a.end) === parseIso(b.end);

/**
 * resource.day as the change sees it:
 * - the booking's own cells (its range and the buffer after it, marked `mine`) are free to choose again: the
 *   function moves the booking's own reservation, so the new range may overlap it;
 * - a cell can be moved to when it starts at least the change notice ahead (the booking's start less its
 *   change deadline) and on a date the resource can be booked: a change needs no lead working days.
 */
export function changeDay(day: IntervalDayView, booking: BookingView, now: number): IntervalDayView {
  const step = day.granularityMinutes * MINUTE_MS;
  const buffer = Math.ceil(day.bufferMinutes / day.granularityMinutes) * step;
  const from = parseIso(booking.start);
  const heldUntil = parseIso(booking.end) + buffer;
  const notice = Math.max(0, from - parseIso(booking.changeDeadline));
  const open = day.date <= day.latestDate;
  return {
    ...day,
    cells: day.cells.map((c) => {
      const start = parseIso(c.start);
      const own = c.mine && start >= from && start < heldUntil;
      return {
        ...c,
        ...(own ? { mine: false, free: Math.min(day.quantity, c.free + 1) } : {}),
        bookable: open && start > now && start - now >= notice,
      };
    }),
  };
}

/**
 * The times a SLOT_FULL refusal offers that the booking can be changed to: those of its own resource (an
 * offer of another room would be a new booking, not a change); null for any other refusal.
 */
export const changeOffers = (e: unknown, resourceId: string): IntervalOffer[] | null =>
  offersOf(e)?.filter((o) => o.resourceId === resourceId) ?? null;

// Reservations whose booking never came. booking.create by the hour writes the reservation first and the
// booking after it (book.ts); when the booking's write fails outright and cannot even be read back, the
// reservation is kept (the write may have applied) and only a retry of the same request would finish or
// free it. Here a reservation still unsettled (`heldAt`) past the stale window is settled: kept, its
// `heldAt` dropped, when its booking holds that day; freed when not.
//
// The race with a booking write still in flight: the request that took the reservation stamped `heldAt`
// and ends within the function's time limit, well inside STALE_MS, so past it nobody writes that booking
// any more, except a retry of the same request. A retry renews `heldAt` by a write on the day's version
// before it writes the booking (dayLedger.ts `reserve`), and the settling write here is conditional on
// the version it read: if the retry renewed first, this write fails and the next run finds the hold
// fresh; if this write came first, the retry no longer finds its reservation and takes the time afresh
// (or is refused if it was given away meanwhile). Either way no booking stands without its reservation.
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { STALE_MS } from '../../jobs/stale';
import { writeDay, type DayLedgerDoc, type Reservation } from './dayLedger';

/** WeChat reads at most 100 documents per get. */
const PAGE = 100;

/** The bookings of these ids that exist, by id. */
export async function bookingsByIds(deps: Deps, ids: string[]): Promise<Map<string, BookingDoc>> {
  const found = new Map<string, BookingDoc>();
  for (let i = 0; i < ids.length; i += PAGE) {
    const page = ids.slice(i, i + PAGE);
    const { data } = await deps.db
      .collection(COLLECTIONS.bookings)
      .where({ _id: deps.db.command.in(page) })
      .limit(page.length)
      .get();
    for (const b of data as BookingDoc[]) found.set(b._id, b);
  }
  return found;
}

/** Whether the booking holds time on this day: it is booked there, or still has to give that day back. */
export const holdsDay = (booking: BookingDoc | undefined, dayId: string): boolean =>
  booking !== undefined && (booking.slotId === dayId || booking.release?.slotId === dayId);

/** Whether no request that could still write its booking can have taken (or renewed) it. */
export const isAbandoned = (r: Reservation, now: number): boolean => (r.heldAt ?? 0) < now - STALE_MS;

/**
 * Settles the day's stale reservations: true when there was work (done, or to be done again because the
 * day was written meanwhile).
 */
export async function settleReservations(deps: Deps, day: DayLedgerDoc): Promise<boolean> {
  const now = deps.clock();
  const stale = day.reservations.filter((r) => r.heldAt !== undefined && isAbandoned(r, now));
  if (stale.length === 0) return false;
  const bookings = await bookingsByIds(
    deps,
    stale.map((r) => r.id),
  );
  const settled = day.reservations.flatMap((r) => {
    if (!stale.includes(r)) return [r];
    if (!holdsDay(bookings.get(r.id), day._id)) return [];
    return [{ id: r.id, unit: r.unit, start: r.start, end: r.end }];
  });
  await writeDay(deps, day, settled);
  return true;
}

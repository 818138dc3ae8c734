// After the venue closes a day of a resource booked by the hour (closure.ts), every booking holding
// time that day is cancelled by the venue with the reason, its time given back, and its booker told once,
// with other free times of the resource and rooms of its kind free at that time (offers.ts). Confirmed
// bookings and those pending approval are cancelled; one already in use (checked in) is left to the
// staff on site, and ended ones are history.
//
// The sweep reads the day's reservations, not a query of bookings: a booking's reservation is written
// before the booking, so a booking still being written when the day closed is seen by its reservation.
// A reservation whose booking is not (yet) there keeps the day pending until the booking comes (then it
// is cancelled) or the hold is abandoned (no request can write it any more; the orphan job frees it).
// The closed day takes no reservation after its closure (dayLedger.ts), so when a read finds nothing
// left to cancel and nothing to wait for, nothing can appear later: the sweep is done.
//
// Bounded batches: the closing call does what fits, the sweepClosedDays job the rest (`sweepPending`).
// Each step is conditional or keyed, so a batch repeated after a failure (or beside another) changes
// nothing twice: the state change decides once, the notice is keyed by the booking.
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc, ResourceDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { isActive } from '../booking/transition';
import { findResource } from '../catalog/repository';
import { cancelForVenue, tellCancelledByVenue, type VenueOffers } from '../slot/sweep';
import type { DayLedgerDoc, Reservation } from './dayLedger';
import { intervalOffers } from './offers';
import { bookingsByIds, holdsDay, isAbandoned } from './orphans';

/** Bookings cancelled per batch: each costs a state change, its offers, a notice and a release. */
const BATCH = 20;

type Step = 'cancel' | 'finish' | 'wait' | null;

/** What the sweep does for one reservation of the closed day, given its booking (if written). */
function stepFor(r: Reservation, booking: BookingDoc | undefined, day: DayLedgerDoc, now: number): Step {
  // Not (or no longer) the booking's on this day: it is being written or moved here, or was abandoned.
  if (!booking || !holdsDay(booking, day._id)) return isAbandoned(r, now) ? null : 'wait';
  if (booking.slotId !== day._id) return null; // moved away: its own release gives the day back
  if (isActive(booking)) return 'cancel';
  // Cancelled by the venue but stopped before its notice and release (they run again, keyed).
  if (booking.status === 'cancelled_by_venue' && booking.release) return 'finish';
  return null; // in use, ended, or released by its own step
}

/** The other times and rooms offered to the booker: none when the resource is gone. */
const offersFor =
  (deps: Deps, resource: ResourceDoc | null): VenueOffers =>
  async (b) => ({
    offers:
      resource && b.interval
        ? await intervalOffers(deps, resource, { start: b.start, end: b.end }, b.interval.headcount, deps.clock())
        : [],
  });

/**
 * One batch for a closed day; true when it found work (run again until false). The day stays pending,
 * without reporting work, while it waits for a booking still being written.
 */
export async function sweepClosedDay(deps: Deps, day: DayLedgerDoc): Promise<boolean> {
  const closure = day.closed;
  if (!closure) return false;
  const now = deps.clock();
  const bookings = await bookingsByIds(
    deps,
    day.reservations.map((r) => r.id),
  );
  const steps = day.reservations.map((r) => {
    const booking = bookings.get(r.id);
    return { booking, step: stepFor(r, booking, day, now) };
  });
  const work = steps
    .flatMap(({ booking, step }) => (booking && (step === 'cancel' || step === 'finish') ? [{ booking, step }] : []))
    .slice(0, BATCH);
  if (work.length > 0) {
    const offers = offersFor(deps, await findResource(deps.db, day.resourceId));
    for (const { booking, step } of work)
      if (step === 'cancel') await cancelForVenue(deps, booking, closure.reason, offers);
      else await tellCancelledByVenue(deps, booking, offers);
    return true;
  }
  if (!steps.some((s) => s.step === 'wait'))
    await deps.db
      .collection(COLLECTIONS.intervalDays)
      .doc(day._id)
      .update({ data: { sweepPending: false } });
  return false;
}

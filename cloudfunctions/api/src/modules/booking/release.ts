// Completes a pending release written with a state change: the places (keyed, exactly once) or the
// reservation of a booking by the hour, the claims, then the marker; then freed places go to the
// waiting list. If this fails part-way, the marker stays and the completeReleases job repeats it;
// every step is safe to repeat.
import { COLLECTIONS } from '../../db/schema';
import type { PendingRelease } from '../../db/docs';
import type { Deps } from '../../deps';
import { promoteWaitlist } from '../waitlist/promote';
import { holderOf, releaseClaims } from './claims';
import { releaseHolding } from './places';
import { releaseReservation } from '../interval/dayLedger';

export async function completeRelease(deps: Deps, bookingId: string, release: PendingRelease): Promise<void> {
  const { reservation } = release;
  if (reservation) await releaseReservation(deps, reservation.resourceId, reservation.date, bookingId);
  else await releaseHolding(deps.db, release.slotId, release.places, release.key, release.seats);
  await releaseClaims(deps, release.claimIds, holderOf(bookingId, release.claimHolder ?? bookingId));
  await deps.db
    .collection(COLLECTIONS.bookings)
    .where({ _id: bookingId, 'release.key': release.key })
    .update({ data: { release: deps.db.command.remove() } });
  // A time given back by the hour has no waiting list: it is simply free on the day's timeline again.
  if (!reservation) await promoteWaitlist(deps, release.slotId);
}

/**
 * The same, for a request whose state change already succeeded: a failure here does not undo or
 * fail the request; the marker stays and the completeReleases job finishes it.
 */
export async function settleRelease(deps: Deps, bookingId: string, release: PendingRelease): Promise<void> {
  try {
    await completeRelease(deps, bookingId, release);
  } catch (e) {
    deps.log.error('release left to the repair job', {
      bookingId,
      key: release.key,
      error: e instanceof Error ? e.message : String(e),
    });
  }
}

// Moving a booking to another slot of its resource (booking.change, booking.rebook). The new place is
// taken first; then one conditional update moves the booking and records the old holding to give back;
// then the old places are released (keyed, exactly once). A failure before the move gives the new
// place back; a failure after it leaves the marker for the completeReleases job. Either way the visitor
// has exactly one booking and both slots' counts come right.
//
// Two changes of one booking may run at once (two phones): only one move applies (transition is
// conditional on `moves`), and the loser undoes what it took. So each attempt takes under its own token
// (the request's change id): its new claims and its new holding are its own, and the loser's undo can
// never remove the winner's. The same id stamps the move, so a repeat of the request finds it made.
import { AppError, stateError } from '@shared/errors';
import type { Policy } from '@shared/rules/policy';
import type { BookingDoc, ResourceDoc, SlotDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { slotFields } from './build';
import { bookingWants, holderOf, takeClaims } from './claims';
import { slotFull } from './places';
import { holdingKey, takeHolding, untakeHolding } from './places';
import { settleRelease } from './release';
import { findBooking } from './repository';
import { claimToken, isActive, transition } from './transition';

export function assertSameResource(booking: BookingDoc, target: SlotDoc): void {
  if (target.resourceId !== booking.resourceId) throw stateError('other_resource', '只能改到同一项目的其他时段');
  if (target._id === booking.slotId) throw stateError('same_slot', '已在该时段');
}

export async function moveBooking(
  deps: Deps,
  booking: BookingDoc,
  target: SlotDoc,
  resource: ResourceDoc,
  policy: Policy,
  status: BookingDoc['status'],
  attempt: string,
): Promise<BookingDoc> {
  const n = booking.attendees.length;
  const holding = isActive(booking);
  // A move within the same day keeps the booking's own claims: it never conflicts with itself.
  const keepClaims = holding && target.date === booking.date;
  const claims = keepClaims
    ? { ids: booking.claimIds, undo: () => Promise.resolve() }
    : await takeClaims(
        deps,
        bookingWants(booking.attendees, booking.openid, resource._id, target.date, policy),
        holderOf(booking._id, attempt),
        policy,
      );

  if (!(await takeHolding(deps.db, target._id, n, attempt))) {
    await claims.undo();
    throw slotFull(target, '该时段已约满，请选择其他时段');
  }
  const now = deps.clock();
  const release = holding
    ? {
        slotId: booking.slotId,
        places: n,
        key: holdingKey(booking),
        claimIds: keepClaims ? [] : booking.claimIds,
        claimHolder: claimToken(booking),
        at: now,
      }
    : undefined;
  let moved: BookingDoc;
  try {
    moved = await transition(
      deps,
      booking,
      {
        ...slotFields(target, policy),
        status,
        claimIds: claims.ids,
        claimHolder: keepClaims ? booking.claimHolder : attempt,
        holding: attempt,
        moves: booking.moves + 1,
        release,
        reason: undefined,
      },
      attempt,
    );
  } catch (e) {
    // Undone only when the booking certainly did not move (a refusal, or a read showing it elsewhere).
    // If even that cannot be read, the new places stay taken: the slot undersells by them at worst,
    // where a wrong undo would give away places a booking holds.
    if (e instanceof AppError || (await findBooking(deps.db, booking._id))?.holding !== attempt) {
      await untakeHolding(deps.db, target._id, n, attempt);
      await claims.undo();
    }
    throw e;
  }
  return finishMove(deps, moved);
}

/** After the move (or on a repeat of the request that made it): the old holding is given back. */
export async function finishMove(deps: Deps, moved: BookingDoc): Promise<BookingDoc> {
  if (moved.release) await settleRelease(deps, moved._id, moved.release);
  return { ...moved, release: undefined };
}

// Moving a booking to another slot of its resource (booking.change, booking.rebook). The new place is
// taken first; then one conditional update moves the booking and records the old holding to give back;
// then the old places are released (keyed, exactly once). A failure before the move gives the new
// place back; a failure after it leaves the marker for the completeReleases job. Either way the visitor
// has exactly one booking and both slots' counts come right.
import { AppError } from '@shared/errors';
import type { Policy } from '@shared/rules/policy';
import type { BookingDoc, ResourceDoc, SlotDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { slotFields } from './build';
import { dayClaims, releaseClaims, takeClaims } from './claims';
import { holdingKey, takePlaces, untakePlaces } from './places';
import { settleRelease } from './release';
import { isActive, transition } from './transition';

export function assertSameResource(booking: BookingDoc, target: SlotDoc): void {
  if (target.resourceId !== booking.resourceId) throw new AppError('INVALID_STATE', {}, '只能改到同一项目的其他时段');
  if (target._id === booking.slotId) throw new AppError('INVALID_STATE', {}, '已在该时段');
}

export async function moveBooking(
  deps: Deps,
  booking: BookingDoc,
  target: SlotDoc,
  resource: ResourceDoc,
  policy: Policy,
  status: BookingDoc['status'],
): Promise<BookingDoc> {
  const n = booking.attendees.length;
  const holding = isActive(booking);
  // A move within the same day keeps the booking's own claims: it never conflicts with itself.
  const keepClaims = holding && target.date === booking.date;
  const claimIds = keepClaims
    ? booking.claimIds
    : await takeClaims(deps, booking.attendees, dayClaims(resource._id, target.date, policy.perIdPerDay), booking._id);
  const undoClaims = () => (keepClaims ? Promise.resolve() : releaseClaims(deps, claimIds));

  if (!(await takePlaces(deps.db, target._id, n))) {
    await undoClaims();
    throw new AppError('SLOT_FULL', { remaining: 0 }, '该时段已约满，请选择其他时段');
  }
  const now = deps.clock();
  const release = holding
    ? { slotId: booking.slotId, places: n, key: holdingKey(booking), claimIds: keepClaims ? [] : booking.claimIds, at: now }
    : undefined;
  let moved: BookingDoc;
  try {
    moved = await transition(deps, booking, {
      ...slotFields(target, policy),
      status,
      claimIds,
      moves: booking.moves + 1,
      release,
      reason: undefined,
    });
  } catch (e) {
    await untakePlaces(deps.db, target._id, n);
    await undoClaims();
    throw e;
  }
  if (release) await settleRelease(deps, booking._id, release);
  return { ...moved, release: undefined };
}

// A booking changes state with a conditional update on (id, status, moves): of two simultaneous
// changes exactly one applies, and the loser is told the booking changed under it.
import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc, PendingRelease } from '../../db/docs';
import type { Deps } from '../../deps';
import { holdingKey } from './places';

export const ACTIVE_STATUSES = ['confirmed', 'pending_approval'] as const;

export function isActive(b: BookingDoc): boolean {
  return (ACTIVE_STATUSES as readonly string[]).includes(b.status);
}

export async function transition(deps: Deps, booking: BookingDoc, patch: Partial<BookingDoc>): Promise<BookingDoc> {
  const now = deps.clock();
  const _ = deps.db.command;
  // _.set keeps nested values (the release marker) whole instead of merging them; undefined removes.
  const data = Object.fromEntries(Object.entries({ ...patch, updatedAt: now }).map(([k, v]) => [k, v === undefined ? _.remove() : _.set(v)]));
  const res = await deps.db
    .collection(COLLECTIONS.bookings)
    .where({ _id: booking._id, status: booking.status, moves: booking.moves })
    .update({ data });
  if (res.stats.updated !== 1) throw new AppError('INVALID_STATE', {}, '该预约状态已变化，请刷新后重试');
  return { ...booking, ...patch, updatedAt: now };
}

/** What giving back the booking's current holding involves, recorded with the state change. */
export function pendingRelease(booking: BookingDoc, now: number, claimIds: string[] = booking.claimIds): PendingRelease {
  return { slotId: booking.slotId, places: booking.attendees.length, key: holdingKey(booking), claimIds, at: now };
}

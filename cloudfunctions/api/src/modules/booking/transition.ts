// A booking changes state with a conditional update on (id, status, moves): of two simultaneous
// changes exactly one applies, and the loser is told the booking changed under it.
//
// The update also stamps the change's own id. A write whose answer was lost is sent again; when that
// second try finds the booking changed, the stamp tells whether the change that happened was this one
// (then it succeeded) or another's (then this one lost). A change made by a request takes its id from
// the request, so a retry of the request whose answer was lost altogether finds its change made and
// answers as the first time did (`isRepeat`), instead of "the booking changed".
import { isStateError, stateError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc, PendingRelease } from '../../db/docs';
import { retryOnce } from '../../db/retry';
import { derivedId, newId } from '../../lib/ids';
import type { Deps } from '../../deps';
import { holdingKey } from './places';

export const ACTIVE_STATUSES = ['confirmed', 'pending_approval', 'pending_payment'] as const;

export function isActive(b: BookingDoc): boolean {
  return (ACTIVE_STATUSES as readonly string[]).includes(b.status);
}

/** The id of the change a request makes to a booking. */
export const requestChangeId = (bookingId: string, requestId: string | null) =>
  derivedId('c', bookingId, requestId ?? newId());

/** Whether this change is already the booking's last one: the request is a repeat. */
export const isRepeat = (booking: BookingDoc, changeId: string) => booking.changeId === changeId;

/**
 * `guard`: more conditions of the update, e.g. the order's version (modules/order/apply.ts), for changes
 * that may keep the status.
 */
export async function transition(
  deps: Deps,
  booking: BookingDoc,
  patch: Partial<BookingDoc>,
  changeId = newId(),
  guard: Record<string, unknown> = {},
): Promise<BookingDoc> {
  const now = deps.clock();
  const _ = deps.db.command;
  const next = { ...patch, updatedAt: now, changeId };
  // _.set keeps nested values (the release marker) whole instead of merging them; undefined removes.
  const data = Object.fromEntries(Object.entries(next).map(([k, v]) => [k, v === undefined ? _.remove() : _.set(v)]));
  const bookings = deps.db.collection(COLLECTIONS.bookings);
  const res = await retryOnce(() =>
    bookings.where({ ...guard, _id: booking._id, status: booking.status, moves: booking.moves }).update({ data }),
  );
  if (
    res.stats.updated !== 1 &&
    ((await bookings.doc(booking._id).get()).data as BookingDoc | null)?.changeId !== changeId
  ) {
    throw stateError('changed_meanwhile', undefined, { status: booking.status });
  }
  return { ...booking, ...next };
}

/**
 * For a caller to whom a booking changed meanwhile means there is nothing left to do (a sweep, a job):
 * null for that lost race, and any other failure, a database outage included, thrown on.
 */
export function nullIfChangedMeanwhile(e: unknown): null {
  if (isStateError(e, 'changed_meanwhile')) return null;
  throw e;
}

/** What giving back the booking's current holding involves, recorded with the state change. */
export function pendingRelease(
  booking: BookingDoc,
  now: number,
  claimIds: string[] = booking.claimIds,
): PendingRelease {
  return {
    slotId: booking.slotId,
    ...(booking.interval ? { reservation: { resourceId: booking.resourceId, date: booking.date } } : {}),
    places: booking.attendees.length,
    key: holdingKey(booking),
    ...(seatsOfBooking(booking).length ? { seats: seatsOfBooking(booking) } : {}),
    claimIds,
    claimHolder: claimToken(booking),
    at: now,
  };
}

/** The seats a booking holds on a seated session. */
export const seatsOfBooking = (booking: Pick<BookingDoc, 'attendees'>): string[] =>
  booking.attendees.flatMap((a) => (a.seat ? [a.seat.id] : []));

/** The token the booking's claims are held under. */
export const claimToken = (booking: Pick<BookingDoc, '_id' | 'claimHolder'>) => booking.claimHolder ?? booking._id;

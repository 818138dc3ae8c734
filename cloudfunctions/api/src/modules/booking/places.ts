// A slot's places. Taking is one conditional atomic update: the database checks `remaining >= n`
// and decrements in the same operation, so of any number of simultaneous callers exactly as many win
// as there are places, and every loser sees updated === 0 (→ SLOT_FULL). Never read-modify-write,
// and not in a transaction: WeChat fails conflicting transactional writes, so a rush inside
// transactions would answer errors instead of SLOT_FULL.
//
// Taking and giving back are keyed: the slot records the key of every holding it gave places to
// (`held`) and took them back from (`released`), and each increment is conditional on the key, in the
// same single-document update. Whoever repeats one (a write whose answer was lost, a retried request,
// the repair job, two cancels at once) changes nothing.
import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc, SlotDoc } from '../../db/docs';
import { retryOnce } from '../../db/retry';
import type { Db } from '../../deps';

export function slotFull(slot: SlotDoc, message = '该时段已约满，可加入候补'): AppError {
  return new AppError('SLOT_FULL', { remaining: slot.remaining, waiting: slot.waiting }, message);
}

/**
 * Takes n places for the holding `key`, at most once per key: the slot records the key in `held` in
 * the same conditional update. So a take whose answer was lost is simply sent again, and a repeat that
 * finds its key held has the places (the first one took them). False: the slot is full or cancelled.
 */
export async function takeHolding(
  db: Db,
  slotId: string,
  n: number,
  key: string,
  seats: string[] = [],
): Promise<boolean> {
  const _ = db.command;
  const slots = db.collection(COLLECTIONS.slots);
  // A seated session's seats go in the same update: each must be free, and each is taken with the places.
  const free = Object.fromEntries(seats.map((s) => [`seats.${s}`, _.exists(false)]));
  const taken = Object.fromEntries(seats.map((s) => [`seats.${s}`, key]));
  const res = await retryOnce(() =>
    slots
      .where({ ...free, _id: slotId, cancelled: false, remaining: _.gte(n), held: _.neq(key) })
      .update({ data: { ...taken, remaining: _.inc(-n), held: _.push(key) } }),
  );
  if (res.stats.updated === 1) return true;
  return (await slots.where({ _id: slotId, held: key }).count()).total === 1;
}

/**
 * Undoes a take within the attempt that made it (no booking holds the places yet): conditional on the
 * key being held, so it happens once, and it frees the key for a retry of the same request.
 */
export async function untakeHolding(
  db: Db,
  slotId: string,
  n: number,
  key: string,
  seats: string[] = [],
): Promise<void> {
  const _ = db.command;
  await retryOnce(() =>
    db
      .collection(COLLECTIONS.slots)
      .where({ _id: slotId, held: key, released: _.neq(key) })
      .update({ data: { ...freed(db, seats), remaining: _.inc(n), held: _.pull(key) } }),
  );
}

/** The update that frees seats: a seat is only ever freed by the holding that took it (keyed callers). */
const freed = (db: Db, seats: string[]) => Object.fromEntries(seats.map((s) => [`seats.${s}`, db.command.remove()]));

/** The key of a booking's current holding: a move makes a new one. */
export function holdingKey(booking: Pick<BookingDoc, '_id' | 'moves' | 'holding'>): string {
  return booking.holding ?? `${booking._id}:${booking.moves}`;
}

/**
 * Gives a holding's places back exactly once, however often it is called. The key stays in `held`, so
 * a late repeat of the request that took it can never take the places a second time.
 */
export async function releaseHolding(
  db: Db,
  slotId: string,
  n: number,
  key: string,
  seats: string[] = [],
): Promise<boolean> {
  const _ = db.command;
  const res = await retryOnce(() =>
    db
      .collection(COLLECTIONS.slots)
      .where({ _id: slotId, released: _.neq(key) })
      .update({ data: { ...freed(db, seats), remaining: _.inc(n), released: _.push(key) } }),
  );
  return res.stats.updated === 1;
}

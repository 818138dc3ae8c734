// A slot's places. Taking is one conditional atomic update: the database checks `remaining >= n`
// and decrements in the same operation, so of any number of simultaneous callers exactly as many win
// as there are places, and every loser sees updated === 0 (→ SLOT_FULL). Never read-modify-write,
// and not in a transaction: WeChat fails conflicting transactional writes, so a rush inside
// transactions would answer errors instead of SLOT_FULL.
//
// Giving a holding back is keyed: the slot records the key of every holding it took back, and the
// increment is conditional on the key not being there yet, in the same single-document update.
// Whoever repeats a release (a retried request, the repair job, two cancels at once) changes nothing.
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import type { Db } from '../../deps';

export async function takePlaces(db: Db, slotId: string, n: number): Promise<boolean> {
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.slots)
    .where({ _id: slotId, cancelled: false, remaining: _.gte(n) })
    .update({ data: { remaining: _.inc(-n) } });
  return res.stats.updated === 1;
}

/** Undoes a take within the same step that took (no holding exists yet to key it). */
export async function untakePlaces(db: Db, slotId: string, n: number): Promise<void> {
  await db
    .collection(COLLECTIONS.slots)
    .doc(slotId)
    .update({ data: { remaining: db.command.inc(n) } });
}

/** The key of a booking's current holding: a move makes a new one. */
export function holdingKey(booking: Pick<BookingDoc, '_id' | 'moves'>): string {
  return `${booking._id}:${booking.moves}`;
}

/** Gives a holding's places back exactly once, however often it is called. */
export async function releaseHolding(db: Db, slotId: string, n: number, key: string): Promise<boolean> {
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.slots)
    .where({ _id: slotId, released: _.neq(key) })
    .update({ data: { remaining: _.inc(n), released: _.push(key) } });
  return res.stats.updated === 1;
}

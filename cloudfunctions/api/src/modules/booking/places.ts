// A slot's places change only through one conditional atomic update: the database checks
// `remaining >= n` and decrements in the same operation, so of any number of simultaneous callers
// exactly as many win as there are places, and every loser sees updated === 0 (→ SLOT_FULL).
// Never read-modify-write, and not in a transaction: WeChat fails conflicting transactional
// writes, so a rush inside transactions would answer errors instead of SLOT_FULL.
import { COLLECTIONS } from '../../db/schema';
import type { Db } from '../../deps';

export async function takePlaces(db: Db, slotId: string, n: number): Promise<boolean> {
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.slots)
    .where({ _id: slotId, cancelled: false, remaining: _.gte(n) })
    .update({ data: { remaining: _.inc(-n) } });
  return res.stats.updated === 1;
}

/** Gives places back. Callers make sure it happens once per taking (a state change gates it). */
export async function releasePlaces(db: Db, slotId: string, n: number): Promise<void> {
  await db
    .collection(COLLECTIONS.slots)
    .doc(slotId)
    .update({ data: { remaining: db.command.inc(n) } });
}

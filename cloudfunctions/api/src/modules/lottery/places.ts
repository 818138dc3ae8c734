// Where a lottery's places are. When the draw starts it takes all of the slot's free places (the
// slot's `remaining` drops to 0 and the lottery's `draw.left` holds them), so winning touches only the
// application, and a confirmed winner's booking simply keeps its places. Places move back and forth
// between the lottery and the slot only in transactions: each such move changes two documents and must
// happen exactly once (WeChat transactions take single-document reads and writes, which is all these need;
// a document read in one and changed by someone else meanwhile makes it retry).
import { resolvePolicy } from '@shared/rules/policy';
import { COLLECTIONS } from '../../db/schema';
import type { ApplicationDoc, LotteryDoc, SlotDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import type { TransactionDb } from '../../db/types';
import { findResource } from '../catalog/repository';

const RETRIES = 5;

async function read<T>(tx: TransactionDb, coll: string, id: string): Promise<T> {
  return (await tx.collection(coll).doc(id).get()).data as T;
}

/** What a started draw holds: the lottery as it was closed, and the slot's places it took. */
export interface DrawStart {
  lottery: LotteryDoc;
  places: number;
}

/**
 * closed → drawing, with the slot's free places moved into the draw. Does nothing in any other state,
 * nor on a slot the venue closed: both documents are read and written here, so a close landing on
 * either after these reads fails the commit, and the retry sees it (repository.ts cancelLottery).
 * Returns the start when this call made it, null otherwise: of two callers at once (the timer and a
 * manager's lottery.draw) exactly one commits the transition, so exactly one is told it drew.
 */
export async function startDraw(deps: Deps, slotId: string): Promise<DrawStart | null> {
  const _ = deps.db.command;
  return deps.db.runTransaction(async (tx) => {
    const l = await read<LotteryDoc>(tx, COLLECTIONS.lotteries, slotId);
    if (l.status !== 'closed') return null;
    const slot = await read<SlotDoc>(tx, COLLECTIONS.slots, slotId);
    if (slot.cancelled) return null;
    await tx
      .collection(COLLECTIONS.slots)
      .doc(slotId)
      .update({ data: { remaining: _.inc(-slot.remaining) } });
    await tx
      .collection(COLLECTIONS.lotteries)
      .doc(slotId)
      .update({ data: { status: 'drawing', draw: _.set({ afterRank: '', left: slot.remaining, round: 1 }) } });
    return { lottery: l, places: slot.remaining };
  }, RETRIES);
}

/**
 * A round is over (no place left, or nobody left to draw): the lottery becomes drawn. When unconfirmed
 * places go to the waiting list, the places no one won go back to the slot for it in the same step.
 * `expected` is the cursor the caller read: anything else means another caller finished it.
 */
export async function finishRound(
  deps: Deps,
  slotId: string,
  expected: NonNullable<LotteryDoc['draw']>,
  data: Record<string, unknown>,
  toSlot: number,
): Promise<void> {
  const _ = deps.db.command;
  await deps.db.runTransaction(async (tx) => {
    const l = await read<LotteryDoc>(tx, COLLECTIONS.lotteries, slotId);
    if (l.status !== 'drawing' || l.draw!.afterRank !== expected.afterRank || l.draw!.round !== expected.round) return;
    if (toSlot > 0)
      await tx
        .collection(COLLECTIONS.slots)
        .doc(slotId)
        .update({ data: { remaining: _.inc(toSlot) } });
    await tx.collection(COLLECTIONS.lotteries).doc(slotId).update({ data });
  }, RETRIES);
}

/** Whether the places no winner takes up go to the waiting list (else down the ranked list). */
export async function toWaitlist(deps: Deps, resourceId: string): Promise<boolean> {
  return resolvePolicy((await findResource(deps.db, resourceId))?.policy).lottery.unconfirmed === 'waitlist';
}

/**
 * A forfeited application's places go on, exactly once (its `passedOn` turns true in the same step):
 * to the slot, for the waiting list, or back into the draw, which starts a next round from its cursor
 * (or, still drawing one, gets them added).
 */
export async function passOn(deps: Deps, a: ApplicationDoc, waitlist: boolean): Promise<void> {
  const _ = deps.db.command;
  await deps.db.runTransaction(async (tx) => {
    const app = await read<ApplicationDoc>(tx, COLLECTIONS.applications, a._id);
    if (app.passedOn !== false) return;
    if (waitlist) {
      await tx
        .collection(COLLECTIONS.slots)
        .doc(a.slotId)
        .update({ data: { remaining: _.inc(a.size) } });
    } else {
      const l = await read<LotteryDoc>(tx, COLLECTIONS.lotteries, a.slotId);
      const draw = l.draw!;
      const data =
        l.status === 'drawn'
          ? { status: 'drawing', draw: _.set({ ...draw, left: draw.left + a.size, round: draw.round + 1 }) }
          : { 'draw.left': _.inc(a.size) };
      await tx.collection(COLLECTIONS.lotteries).doc(a.slotId).update({ data });
    }
    await tx
      .collection(COLLECTIONS.applications)
      .doc(a._id)
      .update({ data: { passedOn: true } });
  }, RETRIES);
}

import { randomBytes } from 'crypto';
import { commitmentOf } from '@shared/rules/lottery';
import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { ApplicationDoc, LotteryDoc, SlotDoc } from '../../db/docs';
import type { Deps } from '../../deps';

/** A new lottery for a slot: a secret seed of 256 bits and its published commitment. */
export function newLottery(slot: SlotDoc, closesAt: number, drawAt: number, now: number): LotteryDoc {
  const seed = randomBytes(32).toString('hex');
  return {
    _id: slot._id,
    resourceId: slot.resourceId,
    venueId: slot.venueId,
    seed,
    commitment: commitmentOf(seed),
    closesAt,
    drawAt,
    status: 'open',
    applicants: 0,
    people: 0,
    winners: 0,
    createdAt: now,
  };
}

export async function requireLottery(deps: Deps, slotId: string): Promise<LotteryDoc> {
  const { data } = await deps.db.collection(COLLECTIONS.lotteries).doc(slotId).get();
  if (!data) throw new AppError('NOT_FOUND', { slotId }, '未找到该抽签');
  return data as LotteryDoc;
}

export async function requireOwnApplication(deps: Deps, openid: string, id: string): Promise<ApplicationDoc> {
  const { data } = await deps.db.collection(COLLECTIONS.applications).doc(id).get();
  const a = data as ApplicationDoc | null;
  if (!a || a.openid !== openid) throw new AppError('NOT_FOUND', { applicationId: id }, '未找到该报名');
  return a;
}

/**
 * Ends the lottery of a slot the venue closed: one conditional update from any state but cancelled,
 * so the sweep may repeat it. Why it cannot lose to a draw:
 * - every other change of a lottery's state is conditional on the state it read (advance.ts), or runs
 *   in a transaction that read the document (places.ts), which fails at commit once this lands and
 *   then reads `cancelled`: after this, nothing moves the lottery any more;
 * - the slot is marked cancelled before this runs, and startDraw refuses a cancelled slot in the same
 *   transaction, so no draw starts in between either. A draw that started before the close is stopped
 *   here at its next step;
 * - a page of the draw already under way may still mark its winners (applications are written before
 *   the cursor, whose write then fails): the sweep ends them like every other application.
 * The places the lottery holds (`draw.left`, its winners') stay with it: a cancelled slot gives places
 * to no one (takes, promotions and the draw all refuse it), and moving them back exactly is not
 * possible while such a page may still be counted in the stored `left`.
 */
export async function cancelLottery(deps: Deps, slotId: string, reason: string): Promise<void> {
  await deps.db
    .collection(COLLECTIONS.lotteries)
    .where({ _id: slotId, status: deps.db.command.neq('cancelled') })
    .update({ data: { status: 'cancelled', reason, cancelledAt: deps.clock() } });
}

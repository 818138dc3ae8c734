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

import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { WaitEntryDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { releaseClaims } from '../booking/claims';
import { dequeue } from './queue';

/** A waiting entry changes state with a conditional update on its status: one change wins. */
export async function entryTransition(deps: Deps, entry: WaitEntryDoc, patch: Partial<WaitEntryDoc>): Promise<WaitEntryDoc | null> {
  const now = deps.clock();
  const res = await deps.db
    .collection(COLLECTIONS.waitlist)
    .where({ _id: entry._id, status: entry.status })
    .update({ data: { ...patch, updatedAt: now } });
  return res.stats.updated === 1 ? { ...entry, ...patch, updatedAt: now } : null;
}

/** Leaves the queue: the entry's claims go, and the slot's waiting hint goes down. */
export async function removeFromQueue(deps: Deps, entry: WaitEntryDoc): Promise<void> {
  await dequeue(deps, entry.slotId, entry._id);
  await releaseClaims(deps, entry.claimIds);
  await deps.db
    .collection(COLLECTIONS.slots)
    .doc(entry.slotId)
    .update({ data: { waiting: deps.db.command.inc(-entry.attendees.length) } });
}

export async function requireOwnEntry(deps: Deps, openid: string, entryId: string): Promise<WaitEntryDoc> {
  const { data } = await deps.db.collection(COLLECTIONS.waitlist).doc(entryId).get();
  const entry = data as WaitEntryDoc | null;
  if (!entry || entry.openid !== openid) throw new AppError('NOT_FOUND', { entryId }, '未找到该候补');
  return entry;
}

import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { WaitEntryDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { holderOf, releaseClaims } from '../booking/claims';

/** A waiting entry changes state with a conditional update on its status: one change wins. */
export async function entryTransition(deps: Deps, entry: WaitEntryDoc, patch: Partial<WaitEntryDoc>): Promise<WaitEntryDoc | null> {
  const now = deps.clock();
  const res = await deps.db
    .collection(COLLECTIONS.waitlist)
    .where({ _id: entry._id, status: entry.status })
    .update({ data: { ...patch, updatedAt: now } });
  return res.stats.updated === 1 ? { ...entry, ...patch, updatedAt: now } : null;
}

/** Stops waiting: the entry's claims go, and the slot's waiting hint goes down. */
export async function stopWaiting(deps: Deps, entry: WaitEntryDoc): Promise<void> {
  await releaseClaims(deps, entry.claimIds, holderOf(entry._id));
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

/** 1-based place in line among the slot's entries still waiting, or null when not waiting. */
export async function positionOf(deps: Deps, entry: WaitEntryDoc): Promise<number | null> {
  if (entry.status !== 'waiting') return null;
  const { total } = await deps.db
    .collection(COLLECTIONS.waitlist)
    .where({ slotId: entry.slotId, status: 'waiting', seq: deps.db.command.lt(entry.seq) })
    .count();
  return total + 1;
}

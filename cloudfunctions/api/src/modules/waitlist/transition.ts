import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { WaitEntryDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { holderOf, releaseClaims } from '../booking/claims';

/** A waiting entry changes state with a conditional update on its status: one change wins. */
export async function entryTransition(
  deps: Deps,
  entry: WaitEntryDoc,
  patch: Partial<WaitEntryDoc>,
): Promise<WaitEntryDoc | null> {
  const now = deps.clock();
  const res = await deps.db
    .collection(COLLECTIONS.waitlist)
    .where({ _id: entry._id, status: entry.status })
    .update({ data: { ...patch, updatedAt: now } });
  return res.stats.updated === 1 ? { ...entry, ...patch, updatedAt: now } : null;
}

/**
 * Stops waiting: the slot's waiting hint goes down and the entry's claims go. A promoted entry keeps
 * them (one write fewer on the promotion's path): a claim whose entry has ended is stale, so the person
 * can wait for the slot again, should they cancel the booking they got.
 */
export async function stopWaiting(deps: Deps, entry: WaitEntryDoc, keepClaims = false): Promise<void> {
  if (!keepClaims) await releaseClaims(deps, entry.claimIds, holderOf(entry._id));
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

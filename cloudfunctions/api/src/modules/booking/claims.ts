// "At most perIdPerDay bookings per ID number per resource per day, across accounts" is enforced by
// claim documents with deterministic ids `idHash:resource:date:k` (k = 1..perIdPerDay): inserting one
// is atomic and the _id is unique, so two accounts booking the same person at once cannot both win.
// No prior query decides anything. Waiting entries hold claims `w:idHash:slot` the same way (one
// person waits once per slot), and lottery applications `l:idHash:slot` (one application per person).
// A claim already held by the same holder (a retried request) counts as
// ours; a claim whose holder no longer needs it (a release that failed half-way) is taken over with a
// conditional update, so a lost release never locks a person out.
import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { ApplicationDoc, BookingDoc, ClaimDoc, WaitEntryDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import type { Deps } from '../../deps';

export function claimId(idHash: string, resourceId: string, date: string, k: number): string {
  return `${idHash}:${resourceId}:${date}:${k}`;
}

export function waitClaimId(idHash: string, slotId: string): string {
  return `w:${idHash}:${slotId}`;
}

const INACTIVE_BOOKING = new Set(['cancelled', 'cancelled_by_venue', 'rejected']);

/** Whether the claim's holder still holds it. */
async function holderNeedsIt(deps: Deps, claim: ClaimDoc): Promise<boolean> {
  if (claim._id.startsWith('l:')) {
    const { data } = await deps.db.collection(COLLECTIONS.applications).doc(claim.bookingId).get();
    const app = data as ApplicationDoc | null;
    return !!app && (app.status === 'applied' || app.status === 'won') && app.claimIds.includes(claim._id);
  }
  if (claim._id.startsWith('w:')) {
    const { data } = await deps.db.collection(COLLECTIONS.waitlist).doc(claim.bookingId).get();
    const entry = data as WaitEntryDoc | null;
    return entry?.status === 'waiting' && entry.claimIds.includes(claim._id);
  }
  const { data } = await deps.db.collection(COLLECTIONS.bookings).doc(claim.bookingId).get();
  const booking = data as BookingDoc | null;
  return !!booking && !INACTIVE_BOOKING.has(booking.status) && booking.claimIds.includes(claim._id);
}

async function claimOne(deps: Deps, ids: string[], holderId: string): Promise<string | null> {
  const claims = deps.db.collection(COLLECTIONS.claims);
  for (const _id of ids) {
    try {
      await claims.add({ data: { _id, bookingId: holderId, createdAt: deps.clock() } satisfies ClaimDoc });
      return _id;
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
      const claim = (await claims.doc(_id).get()).data as ClaimDoc | null;
      if (!claim || claim.bookingId === holderId) return claim ? _id : null;
      if (await holderNeedsIt(deps, claim)) continue;
      const taken = await claims.where({ _id, bookingId: claim.bookingId }).update({ data: { bookingId: holderId, createdAt: deps.clock() } });
      if (taken.stats.updated === 1) return _id;
    }
  }
  return null;
}

export interface Person {
  idHash: string;
  name: string;
}

/**
 * One claim per person out of each person's candidate ids, or DUPLICATE_BOOKING naming who is
 * already booked (and no claim left behind).
 */
export async function takeClaims(deps: Deps, people: Person[], candidates: (p: Person) => string[], holderId: string): Promise<string[]> {
  const results = await Promise.allSettled(people.map((p) => claimOne(deps, candidates(p), holderId)));
  const taken: string[] = [];
  const refused: string[] = [];
  let failure: unknown;
  results.forEach((r, i) => {
    if (r.status === 'rejected') failure ??= r.reason;
    else if (r.value) taken.push(r.value);
    else refused.push(people[i].name);
  });
  if (failure !== undefined || refused.length > 0) {
    await releaseClaims(deps, taken);
    if (failure !== undefined) throw failure;
    throw new AppError('DUPLICATE_BOOKING', { names: refused }, `${refused.join('、')}当天已预约或候补过此项目`);
  }
  return taken;
}

/** The per-day claims of a booking on `resourceId` and `date`. */
export function dayClaims(resourceId: string, date: string, perIdPerDay: number) {
  return (p: Person) => Array.from({ length: perIdPerDay }, (_, i) => claimId(p.idHash, resourceId, date, i + 1));
}

export async function releaseClaims(deps: Deps, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await deps.db
    .collection(COLLECTIONS.claims)
    .where({ _id: deps.db.command.in(ids) })
    .remove();
}

/** DUPLICATE_BOOKING if someone already holds all of their bookings for that resource and day. */
export async function assertNotBookedThatDay(deps: Deps, people: Person[], resourceId: string, date: string, perIdPerDay: number) {
  const claims = deps.db.collection(COLLECTIONS.claims);
  const full: string[] = [];
  for (const p of people) {
    const ids = Array.from({ length: perIdPerDay }, (_, i) => claimId(p.idHash, resourceId, date, i + 1));
    const { data } = await claims.where({ _id: deps.db.command.in(ids) }).get();
    if ((data as ClaimDoc[]).length >= perIdPerDay) full.push(p.name);
  }
  if (full.length) throw new AppError('DUPLICATE_BOOKING', { names: full }, `${full.join('、')}当天已预约过此项目`);
}


// The limits that span bookings are claim documents with deterministic ids, so that inserting one is
// atomic and unique and no prior query decides anything:
//   `idHash:resource:date:k`  (k = 1..perIdPerDay)      a person's bookings of a resource that day, across accounts;
//   `a:openid:resource:date:k` (k = 1..perAccountPerDay) the places one account holds of a resource that day;
//   `w:idHash:slot`            a person waits once per slot;  `l:idHash:slot`  a person applies once per lottery.
//
// Each claim names its holder document (`bookingId`: a booking, waiting entry or application) and the
// attempt that took it (`holder`, a token: a booking's id, or one per change of a booking). The races:
// - Two attempts want one claim: the insert decides. The loser may take the claim over only when it is
//   provably stale: its holder document references it but has ended, or nothing references it and it is
//   older than the function's time limit (the attempt that took it is certainly over). A fresh claim whose
//   holder has not written its document yet belongs to an attempt still running: taking it over would let
//   two accounts book one person at the same moment.
// - Releases remove only claims held by the releaser's token, so an attempt that lost a race never
//   removes the claims of the one that won, and an undo removes only what the attempt itself inserted.
import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { ApplicationDoc, BookingDoc, ClaimDoc, WaitEntryDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import type { Deps } from '../../deps';
import { retryOnce } from '../../db/retry';
import { newId } from '../../lib/ids';

/** Past the function's 60 s limit: a claim nobody references after this was left by a dead attempt. */
export const CLAIM_ABANDONED_AFTER_MS = 90_000;

export function claimId(idHash: string, resourceId: string, date: string, k: number): string {
  return `${idHash}:${resourceId}:${date}:${k}`;
}

export function waitClaimId(idHash: string, slotId: string): string {
  return `w:${idHash}:${slotId}`;
}

export function lotteryClaimId(idHash: string, slotId: string): string {
  return `l:${idHash}:${slotId}`;
}

export function accountClaimId(openid: string, resourceId: string, date: string, k: number): string {
  return `a:${openid}:${resourceId}:${date}:${k}`;
}

/** Who holds claims: the holder document and the attempt's token (for most holders, the document's id). */
export interface ClaimHolder {
  docId: string;
  token: string;
}

export const holderOf = (docId: string, token = docId): ClaimHolder => ({ docId, token });

const INACTIVE_BOOKING = new Set(['cancelled', 'cancelled_by_venue', 'rejected', 'expired']);

/** A booking that no longer holds its day's claims (a checked-in or no-show booking still does). */
export const hasEnded = (b: Pick<BookingDoc, 'status'>) => INACTIVE_BOOKING.has(b.status);

type Reference = 'active' | 'ended' | 'none';

/** What the claim's holder document says of it: still needed, ended, or not (yet) referenced. */
async function referenceOf(deps: Deps, claim: ClaimDoc): Promise<Reference> {
  const token = claim.holder ?? claim.bookingId;
  const read = async <T>(coll: string) => (await deps.db.collection(coll).doc(claim.bookingId).get()).data as T | null;
  if (claim._id.startsWith('l:')) {
    const app = await read<ApplicationDoc>(COLLECTIONS.applications);
    if (!app || !app.claimIds.includes(claim._id)) return 'none';
    return app.status === 'applied' || app.status === 'won' ? 'active' : 'ended';
  }
  if (claim._id.startsWith('w:')) {
    const entry = await read<WaitEntryDoc>(COLLECTIONS.waitlist);
    if (!entry || !entry.claimIds.includes(claim._id)) return 'none';
    return entry.status === 'waiting' || entry.status === 'promoting' ? 'active' : 'ended';
  }
  const booking = await read<BookingDoc>(COLLECTIONS.bookings);
  if (!booking || !booking.claimIds.includes(claim._id) || (booking.claimHolder ?? booking._id) !== token)
    return 'none';
  return hasEnded(booking) ? 'ended' : 'active';
}

async function isStale(deps: Deps, claim: ClaimDoc): Promise<boolean> {
  const ref = await referenceOf(deps, claim);
  return ref === 'ended' || (ref === 'none' && claim.createdAt < deps.clock() - CLAIM_ABANDONED_AFTER_MS);
}

/** A claim now held by this attempt: `created` when this attempt wrote it (only those are undone). */
export interface HeldClaim {
  id: string;
  created: boolean;
}

async function claimOne(deps: Deps, _id: string, holder: ClaimHolder, nonce: string): Promise<HeldClaim | null> {
  const claims = deps.db.collection(COLLECTIONS.claims);
  const mine = { bookingId: holder.docId, holder: holder.token, nonce, createdAt: deps.clock() };
  try {
    // An insert whose answer was lost is sent again: it then meets itself as a duplicate, and the nonce
    // tells it from the same request's other delivery (whose claim this call must not undo).
    await retryOnce(() => claims.add({ data: { _id, ...mine } satisfies ClaimDoc }));
    return { id: _id, created: true };
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
  }
  const claim = (await claims.doc(_id).get()).data as ClaimDoc | null;
  if (!claim) return null; // released a moment ago; refusing is the safe answer
  if ((claim.holder ?? claim.bookingId) === holder.token) return { id: _id, created: claim.nonce === nonce };
  if (!(await isStale(deps, claim))) return null;
  const taken = await retryOnce(() =>
    claims.where({ _id, bookingId: claim.bookingId, createdAt: claim.createdAt }).update({ data: mine }),
  );
  return taken.stats.updated === 1 || (await claims.doc(_id).get()).data?.nonce === nonce
    ? { id: _id, created: true }
    : null;
}

/** The first of the candidate ids this attempt gets, trying them in order. */
async function claimFirst(deps: Deps, ids: string[], holder: ClaimHolder, nonce: string): Promise<HeldClaim | null> {
  for (const id of ids) {
    const held = await claimOne(deps, id, holder, nonce);
    if (held) return held;
  }
  return null;
}

export interface Person {
  idHash: string;
  name: string;
}

/** A set of claims to take, all or nothing: each entry wants one of its candidate ids. */
export interface ClaimWant {
  candidates: string[];
  /** Who is refused when this one cannot be had. */
  refusal: 'person' | 'account';
  name: string;
}

/**
 * One claim for every want, or none: DUPLICATE_BOOKING naming the people already booked, or
 * LIMIT_EXCEEDED when the account holds its places for the day already. What this attempt inserted
 * is removed again on a refusal.
 */
/** Claims an attempt holds: `undo` removes again those it inserted itself (a repeat found the others). */
export interface TakenClaims {
  ids: string[];
  undo(): Promise<void>;
}

export async function takeClaims(
  deps: Deps,
  wants: ClaimWant[],
  holder: ClaimHolder,
  limits?: ClaimLimits,
): Promise<TakenClaims> {
  const held: HeldClaim[] = [];
  const refused: ClaimWant[] = [];
  let failure: unknown;
  // People's claims differ from each other, so they are taken at once. The account's places are shared
  // by its wants: taken one after another, each want skipping the places its siblings already got.
  const nonce = newId();
  const people = wants.filter((w) => w.refusal === 'person');
  const results = await Promise.allSettled(people.map((w) => claimFirst(deps, w.candidates, holder, nonce)));
  results.forEach((r, i) => {
    if (r.status === 'rejected') failure ??= r.reason;
    else if (r.value) held.push(r.value);
    else refused.push(people[i]);
  });
  for (const w of wants.filter((w) => w.refusal === 'account')) {
    if (failure !== undefined || refused.length > 0) break;
    const mine = new Set(held.map((h) => h.id));
    try {
      const got = await claimFirst(
        deps,
        w.candidates.filter((id) => !mine.has(id)),
        holder,
        nonce,
      );
      if (got) held.push(got);
      else refused.push(w);
    } catch (e) {
      failure = e;
    }
  }
  const undo = () =>
    releaseClaims(
      deps,
      held.filter((h) => h.created).map((h) => h.id),
      holder,
    );
  if (failure === undefined && refused.length === 0) return { ids: held.map((h) => h.id), undo };
  await undo();
  if (failure !== undefined) throw failure;
  throw claimRefusal(refused, limits);
}

export interface ClaimLimits {
  perAccountPerDay: number;
}

function claimRefusal(refused: ClaimWant[], limits?: ClaimLimits, short = 0): AppError {
  const people = refused.filter((w) => w.refusal === 'person').map((w) => w.name);
  if (people.length > 0)
    return new AppError('DUPLICATE_BOOKING', { names: people }, `${people.join('、')}当天已预约或候补过此项目`);
  const max = limits?.perAccountPerDay;
  return new AppError(
    'LIMIT_EXCEEDED',
    { perAccountPerDay: max, short: refused.length + short },
    max ? `每个账号每天最多为此项目预约${max}个名额` : '已达到此项目当天的预约上限',
  );
}

/** The claims of a booking on `resourceId` and `date` by `openid` for these people. */
export function bookingWants(
  people: Person[],
  openid: string,
  resourceId: string,
  date: string,
  limits: { perIdPerDay: number; perAccountPerDay: number },
): ClaimWant[] {
  const accountIds = Array.from({ length: limits.perAccountPerDay }, (_, i) =>
    accountClaimId(openid, resourceId, date, i + 1),
  );
  const accountWants = people.map((p) => ({ candidates: accountIds, refusal: 'account' as const, name: p.name }));
  return [...dayWants(people, resourceId, date, limits.perIdPerDay), ...accountWants];
}

/** Each person's bookings of the resource that day, across accounts. */
function dayWants(people: Person[], resourceId: string, date: string, perIdPerDay: number): ClaimWant[] {
  return people.map((p) => ({
    candidates: Array.from({ length: perIdPerDay }, (_, i) => claimId(p.idHash, resourceId, date, i + 1)),
    refusal: 'person' as const,
    name: p.name,
  }));
}

/** One claim per person for a slot (waiting once, applying once). */
export function slotWants(people: Person[], idFor: (p: Person) => string): ClaimWant[] {
  return people.map((p) => ({ candidates: [idFor(p)], refusal: 'person', name: p.name }));
}

/** Removes the claims among `ids` that this holder's token holds; others' are left alone. */
export async function releaseClaims(deps: Deps, ids: string[], holder: ClaimHolder): Promise<void> {
  if (ids.length === 0) return;
  await deps.db
    .collection(COLLECTIONS.claims)
    .where({ _id: deps.db.command.in(ids), holder: holder.token })
    .remove();
}

/**
 * The refusals the claims would give, read without writing (a full slot's refusal costs one read): the
 * people who hold all their bookings that day, whether the account's places are used up, and whether
 * this very attempt already holds claims (a retry of a booking that went through).
 */
export async function readClaims(
  deps: Deps,
  wants: ClaimWant[],
  holder?: ClaimHolder,
): Promise<{ refusal: AppError | null; ours: boolean }> {
  const ids = [...new Set(wants.flatMap((w) => w.candidates))];
  const { data } = await deps.db
    .collection(COLLECTIONS.claims)
    .where({ _id: deps.db.command.in(ids) })
    .limit(ids.length)
    .get();
  const claims = data as ClaimDoc[];
  if (holder && claims.some((c) => (c.holder ?? c.bookingId) === holder.token)) return { refusal: null, ours: true };
  const taken = new Set(claims.map((c) => c._id));
  const refused = wants.filter((w) => w.refusal === 'person' && w.candidates.every((id) => taken.has(id)));
  const accountWants = wants.filter((w) => w.refusal === 'account');
  const freeAccount = new Set(accountWants.flatMap((w) => w.candidates).filter((id) => !taken.has(id))).size;
  const short = Math.max(0, accountWants.length - freeAccount);
  return {
    refusal: refused.length > 0 || short > 0 ? claimRefusal(refused, perAccountOf(accountWants), short) : null,
    ours: false,
  };
}

const perAccountOf = (accountWants: ClaimWant[]): ClaimLimits | undefined =>
  accountWants.length ? { perAccountPerDay: accountWants[0].candidates.length } : undefined;

/** DUPLICATE_BOOKING if someone already holds all of their bookings for that resource and day. */
export async function assertNotBookedThatDay(
  deps: Deps,
  people: Person[],
  resourceId: string,
  date: string,
  perIdPerDay: number,
): Promise<void> {
  const { refusal } = await readClaims(deps, dayWants(people, resourceId, date, perIdPerDay));
  if (refusal) throw refusal;
}

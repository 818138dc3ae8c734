// Each attendee's no-show record, read from bookings marked no_show (counted per ID number, so the
// same person held by several accounts shares one record).
import type { CreditView } from '@shared/contract';
import { creditFrom, worstCredit, type Credit } from '@shared/rules/credit';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import { DAY_MS, toIso } from '@shared/time';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import type { Deps } from '../../deps';

const RULE = DEFAULT_POLICY.noShow;

/** Credit per ID hash. */
export async function creditsOf(deps: Deps, idHashes: string[]): Promise<Map<string, Credit>> {
  const now = deps.clock();
  const out = new Map<string, Credit>();
  if (idHashes.length === 0) return out;
  const _ = deps.db.command;
  const lookBack = now - (RULE.windowDays + RULE.blockDays) * DAY_MS;
  const noShows = await readAll<Pick<BookingDoc, 'end' | 'attendees'>>(
    deps.db
      .collection(COLLECTIONS.bookings)
      .where({ status: 'no_show', 'attendees.idHash': _.in(idHashes), end: _.gte(lookBack) })
      .orderBy('end', 'asc')
      .field({ end: true, attendees: true }),
  );
  for (const hash of idHashes) {
    const times = noShows.filter((b) => b.attendees.some((a) => a.idHash === hash)).map((b) => b.end);
    out.set(hash, creditFrom(times, RULE, now));
  }
  return out;
}

export function creditView(credit: Credit | undefined): CreditView {
  return {
    noShows: credit?.noShows ?? 0,
    blockedUntil: credit?.blockedUntil != null ? toIso(credit.blockedUntil) : null,
  };
}

/** The worst credit over several people (the caller's attendees). */
export async function worstCreditOf(deps: Deps, idHashes: string[]): Promise<Credit> {
  return worstCredit([...(await creditsOf(deps, idHashes)).values()]);
}

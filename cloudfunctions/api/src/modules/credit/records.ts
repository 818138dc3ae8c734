// No-show records per ID number and venue, less what a manager lifted: a lift at a venue (or '*',
// every venue) forgives the no-shows recorded there before it.
import { creditFrom, worstCredit, type Credit } from '@shared/rules/credit';
import { DEFAULT_POLICY, type NoShowPolicy } from '@shared/rules/policy';
import { DAY_MS } from '@shared/time';
import { COLLECTIONS } from '../../db/schema';
import type { CreditLiftDoc, NoShowDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import type { Deps } from '../../deps';

/** Far enough back for any window plus block the policies allow to matter. */
const LOOK_BACK_DAYS = 400;

async function countedNoShows(deps: Deps, idHashes: string[], venueId?: string): Promise<NoShowDoc[]> {
  if (idHashes.length === 0) return [];
  const _ = deps.db.command;
  const since = deps.clock() - LOOK_BACK_DAYS * DAY_MS;
  const where = { idHash: _.in(idHashes), at: _.gte(since), ...(venueId ? { venueId } : {}) };
  const [noShows, lifts] = await Promise.all([
    readAll<NoShowDoc>(deps.db.collection(COLLECTIONS.noshows).where(where).orderBy('at', 'asc'), 2000),
    readAll<CreditLiftDoc>(deps.db.collection(COLLECTIONS.creditLifts).where({ idHash: _.in(idHashes) }).orderBy('at', 'asc'), 1000),
  ]);
  const liftedUntil = (n: NoShowDoc) =>
    Math.max(0, ...lifts.filter((l) => l.idHash === n.idHash && (l.venueId === '*' || l.venueId === n.venueId)).map((l) => l.at));
  return noShows.filter((n) => n.at > liftedUntil(n));
}

/** Each person's credit at one venue under that venue's rule. */
export async function creditAtVenue(deps: Deps, idHashes: string[], venueId: string, rule: NoShowPolicy): Promise<Map<string, Credit>> {
  const counted = await countedNoShows(deps, idHashes, venueId);
  const now = deps.clock();
  return new Map(idHashes.map((h) => [h, creditFrom(counted.filter((n) => n.idHash === h).map((n) => n.at), rule, now)]));
}

/**
 * Each person's record as shown to them: no-shows in the default window at any venue, and the
 * latest block at any venue (under the default rule; a venue's own rule decides when booking there).
 */
export async function creditEverywhere(deps: Deps, idHashes: string[]): Promise<Map<string, Credit>> {
  const counted = await countedNoShows(deps, idHashes);
  const now = deps.clock();
  const rule = DEFAULT_POLICY.noShow;
  return new Map(
    idHashes.map((h) => {
      const mine = counted.filter((n) => n.idHash === h);
      const venues = [...new Set(mine.map((n) => n.venueId))];
      const perVenue = venues.map((v) => creditFrom(mine.filter((n) => n.venueId === v).map((n) => n.at), rule, now));
      const worst = worstCredit(perVenue);
      return [h, { noShows: creditFrom(mine.map((n) => n.at), rule, now).noShows, blockedUntil: worst.blockedUntil }];
    }),
  );
}

// No-show records and blocks per ID number and venue, less what a manager lifted: a lift at a venue
// (or '*', every venue) forgives the no-shows recorded there before it and ends the blocks it finds.
import { creditFrom, type Credit } from '@shared/rules/credit';
import { DEFAULT_POLICY, type NoShowPolicy } from '@shared/rules/policy';
import { DAY_MS } from '@shared/time';
import { COLLECTIONS } from '../../db/schema';
import type { BlockDoc, CreditLiftDoc, NoShowDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import type { Deps } from '../../deps';

/** Far enough back for any window the policies allow to matter. */
const LOOK_BACK_DAYS = 400;

async function liftsOf(deps: Deps, idHashes: string[]): Promise<(idHash: string, venueId: string) => number> {
  const lifts = await readAll<CreditLiftDoc>(
    deps.db
      .collection(COLLECTIONS.creditLifts)
      .where({ idHash: deps.db.command.in(idHashes) })
      .orderBy('at', 'asc'),
    1000,
  );
  return (idHash, venueId) =>
    Math.max(
      0,
      ...lifts.filter((l) => l.idHash === idHash && (l.venueId === '*' || l.venueId === venueId)).map((l) => l.at),
    );
}

async function countedNoShows(deps: Deps, idHashes: string[], venueId?: string): Promise<NoShowDoc[]> {
  if (idHashes.length === 0) return [];
  const _ = deps.db.command;
  const where = {
    idHash: _.in(idHashes),
    at: _.gte(deps.clock() - LOOK_BACK_DAYS * DAY_MS),
    ...(venueId ? { venueId } : {}),
  };
  const [noShows, liftedAt] = await Promise.all([
    readAll<NoShowDoc>(deps.db.collection(COLLECTIONS.noshows).where(where).orderBy('at', 'asc'), 2000),
    liftsOf(deps, idHashes),
  ]);
  return noShows.filter((n) => n.at > liftedAt(n.idHash, n.venueId));
}

/** Each person's credit at one venue under a rule: what decides a new block. */
export async function creditAtVenue(
  deps: Deps,
  idHashes: string[],
  venueId: string,
  rule: NoShowPolicy,
): Promise<Map<string, Credit>> {
  const counted = await countedNoShows(deps, idHashes, venueId);
  const now = deps.clock();
  return new Map(
    idHashes.map((h) => [
      h,
      creditFrom(
        counted.filter((n) => n.idHash === h).map((n) => n.at),
        rule,
        now,
      ),
    ]),
  );
}

/** Blocks in force now: for these people (at one venue, or anywhere), or at these venues. */
export async function activeBlocks(
  deps: Deps,
  filter: { idHashes?: string[]; venueId?: unknown },
): Promise<BlockDoc[]> {
  const _ = deps.db.command;
  const where = {
    until: _.gt(deps.clock()),
    ...(filter.idHashes ? { idHash: _.in(filter.idHashes) } : {}),
    ...(filter.venueId ? { venueId: filter.venueId } : {}),
  };
  const blocks = await readAll<BlockDoc>(
    deps.db.collection(COLLECTIONS.blocks).where(where).orderBy('until', 'desc'),
    2000,
  );
  if (blocks.length === 0) return [];
  const liftedAt = await liftsOf(deps, [...new Set(blocks.map((b) => b.idHash))]);
  return blocks.filter((b) => b.at > liftedAt(b.idHash, b.venueId));
}

/** Each person's record as shown to them: no-shows in the default window, and the latest block anywhere. */
export async function creditEverywhere(deps: Deps, idHashes: string[]): Promise<Map<string, Credit>> {
  const [counted, blocks] = await Promise.all([countedNoShows(deps, idHashes), activeBlocks(deps, { idHashes })]);
  const now = deps.clock();
  return new Map(
    idHashes.map((h) => {
      const until = blocks.filter((b) => b.idHash === h).map((b) => b.until);
      return [
        h,
        {
          noShows: creditFrom(
            counted.filter((n) => n.idHash === h).map((n) => n.at),
            DEFAULT_POLICY.noShow,
            now,
          ).noShows,
          blockedUntil: until.length ? Math.max(...until) : null,
        },
      ];
    }),
  );
}

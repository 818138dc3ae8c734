// What a refused booking by the hour is offered (seed 004: 提供其他可选择的时间或资源): the nearest
// free ranges of the same length on the same resource, then the other resources of the venue of the
// same kind, booked by the hour, seating the party, free at the very time asked; never a day the venue
// closed. Read only on a refusal and for the bookers of a closed day (sweepDay.ts), from the day
// documents (one query each), so a rush of losers costs two reads more apiece, no writes.
// An offer is a hint, not a hold: booking it runs the same reservation and may still lose.
import type { IntervalOffer } from '@shared/contract';
import { resolvePolicy } from '@shared/rules/policy';
import { intervalProblem, intervalRules, latestDate, nearestFree, type Range } from '@shared/rules/interval';
import { addDays, dateOf, toIso } from '@shared/time';
import { COLLECTIONS } from '../../db/schema';
import type { ResourceDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { freeUnit, ledgerId, readDays, type DayLedgerDoc } from './dayLedger';

/** Days ahead searched for a free time of the same resource (nearestFree looks no further). */
const SEARCH_DAYS = 8;
const SAME_RESOURCE_OFFERS = 3;
const OTHER_RESOURCE_OFFERS = 3;

function offer(resource: ResourceDoc, range: Range): IntervalOffer {
  return {
    resourceId: resource._id,
    resourceName: resource.name,
    ...(resource.location ? { location: resource.location } : {}),
    capacity: resolvePolicy(resource.policy).interval.capacity,
    start: toIso(range.start),
    end: toIso(range.end),
  };
}

/** Whether one of the resource's units is free over `range` in these day documents (never on a closed day). */
function isFreeIn(days: Map<string, DayLedgerDoc>, resource: ResourceDoc, range: Range): boolean {
  const policy = resolvePolicy(resource.policy);
  const day = days.get(ledgerId(resource._id, dateOf(range.start)));
  return !day || (!day.closed && freeUnit(day, range, intervalRules(policy), policy.interval.quantity) !== null);
}

/** Nearer free times of the same resource, on its day and the following ones it can be booked. */
async function laterOrEarlier(deps: Deps, resource: ResourceDoc, wanted: Range, now: number) {
  const rules = intervalRules(resolvePolicy(resource.policy));
  const last = latestDate(now, rules);
  const dates: string[] = [];
  for (let d = dateOf(wanted.start); d <= last && dates.length < SEARCH_DAYS; d = addDays(d, 1)) dates.push(d);
  const days = new Map((await readDays(deps, [resource._id], dates)).map((d) => [d._id, d]));
  return nearestFree(wanted, rules, now, (r) => isFreeIn(days, resource, r), SAME_RESOURCE_OFFERS).map((r) =>
    offer(resource, r),
  );
}

/** Other resources of the same kind in the venue, seating `headcount`, free and bookable over `wanted`. */
async function elsewhere(deps: Deps, resource: ResourceDoc, wanted: Range, headcount: number, now: number) {
  const { data } = await deps.db
    .collection(COLLECTIONS.resources)
    .where({ venueId: resource.venueId, kind: resource.kind, mode: 'interval' })
    .limit(100)
    .get();
  const others = (data as ResourceDoc[])
    .filter((r) => r._id !== resource._id)
    .filter((r) => {
      const policy = resolvePolicy(r.policy);
      return policy.interval.capacity >= headcount && !intervalProblem(wanted, intervalRules(policy), now);
    })
    .sort((a, b) => resolvePolicy(a.policy).interval.capacity - resolvePolicy(b.policy).interval.capacity);
  const ids = others.map((r) => r._id);
  const days = new Map((await readDays(deps, ids, [dateOf(wanted.start)])).map((d) => [d._id, d]));
  return others
    .filter((r) => isFreeIn(days, r, wanted))
    .slice(0, OTHER_RESOURCE_OFFERS)
    .map((r) => offer(r, wanted));
}

/** The offers for a refused range: the same resource at other times first, then other resources. */
export async function intervalOffers(
  deps: Deps,
  resource: ResourceDoc,
  wanted: Range,
  headcount: number,
  now: number,
): Promise<IntervalOffer[]> {
  const [same, other] = await Promise.all([
    laterOrEarlier(deps, resource, wanted, now),
    elsewhere(deps, resource, wanted, headcount, now),
  ]);
  return [...same, ...other];
}

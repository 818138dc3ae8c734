// resource.day: one day of a resource booked by the hour as its grid of cells, each with the units still
// free over it (a reservation holds its cells plus the buffer after it), whether the caller holds it,
// and whether it can still be booked now. What the timeline page draws; booking.create decides.
import type { IntervalCellView } from '@shared/contract';
import { stateError } from '@shared/errors';
import { resolvePolicy } from '@shared/rules/policy';
import {
  earliestDate,
  hoursOn,
  intervalRules,
  latestDate,
  occupiedGranules,
  type IntervalRules,
} from '@shared/rules/interval';
import { atLocal, MINUTE_MS, toIso } from '@shared/time';
import type { PublicHandler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { requireResource } from '../catalog/repository';
import { readDays, type Reservation } from './dayLedger';

/** The caller's own bookings holding time on the resource that day. */
async function ownBookingIds(deps: Deps, openid: string | null, resourceId: string, date: string) {
  if (!openid) return new Set<string>();
  const { data } = await deps.db
    .collection(COLLECTIONS.bookings)
    .where({ openid, resourceId, date })
    .field({ _id: true })
    .limit(100)
    .get();
  return new Set((data as Pick<BookingDoc, '_id'>[]).map((b) => b._id));
}

function cellsOf(
  date: string,
  rules: IntervalRules,
  reservations: Reservation[],
  mine: Set<string>,
  quantity: number,
  now: number,
): IntervalCellView[] {
  const hours = hoursOn(date, rules);
  if (!hours) return [];
  const step = rules.granularityMinutes * MINUTE_MS;
  const bookable = date >= earliestDate(now, rules) && date <= latestDate(now, rules);
  const held = reservations.map((r) => ({ cells: new Set(occupiedGranules(r, rules)), r }));
  const cells: IntervalCellView[] = [];
  for (let start = atLocal(date, hours.opens); start < atLocal(date, hours.closes); start += step) {
    const holding = held.filter((h) => h.cells.has(start));
    const units = new Set(holding.map((h) => h.r.unit));
    cells.push({
      start: toIso(start),
      end: toIso(start + step),
      free: Math.max(0, quantity - units.size),
      mine: holding.some((h) => mine.has(h.r.id)),
      bookable: bookable && start > now,
    });
  }
  return cells;
}

export const resourceDay: PublicHandler<'resource.day'> = async ({ deps, openid }, { resourceId, date }) => {
  const resource = await requireResource(deps.db, resourceId);
  if (resource.mode !== 'interval') throw stateError('not_interval', '该项目按时段预约，请选择时段');
  const policy = resolvePolicy(resource.policy);
  const rules = intervalRules(policy);
  const now = deps.clock();
  const [days, mine] = await Promise.all([
    readDays(deps, [resource._id], [date]),
    ownBookingIds(deps, openid, resource._id, date),
  ]);
  const { granularityMinutes, minMinutes, maxMinutes, bufferMinutes, quantity, capacity } = policy.interval;
  return {
    resourceId: resource._id,
    date,
    hours: hoursOn(date, rules),
    granularityMinutes,
    minMinutes,
    maxMinutes,
    bufferMinutes,
    quantity,
    capacity,
    earliestDate: earliestDate(now, rules),
    latestDate: latestDate(now, rules),
    cells: cellsOf(date, rules, days[0]?.reservations ?? [], mine, quantity, now),
  };
};

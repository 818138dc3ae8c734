// resource.day: one day of a resource booked by the hour as its grid of cells, each with the units still
// free over it (a reservation holds its cells plus the buffer after it), whether the caller holds it,
// and whether it can still be booked now; a day the venue closed says so (the ledger's closure).
// What the timeline page draws; booking.create decides.
// Customer service asks `for: 'customer'`: the day as desk.bookRange will hold a customer's request, by the
// very rules it uses (book.ts `rulesFor`), so the page and the booking cannot disagree on the window.
import { grantsRole, type IntervalCellView } from '@shared/contract';
import { AppError, stateError } from '@shared/errors';
import { resolvePolicy } from '@shared/rules/policy';
import { earliestDate, hoursOn, latestDate, occupiedGranules, type IntervalRules } from '@shared/rules/interval';
import { atLocal, MINUTE_MS, toIso } from '@shared/time';
import type { PublicHandler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { requireResource } from '../catalog/repository';
import { loadRoles } from '../user/roles';
import { rulesFor } from './book';
import { readDays, type DayLedgerDoc } from './dayLedger';

/**
 * `for: 'customer'` is for the staff of the resource's venue only, as desk.bookRange checks. Anyone else is
 * refused, not quietly given the ordinary answer: a page would otherwise draw an employee's window as if
 * it were the customer's. (The roles are read here: resource.day is public, so the router reads none.)
 */
async function requireCustomerService(deps: Deps, openid: string, venueId: string) {
  if (!grantsRole(await loadRoles(deps.db, openid), 'staff', venueId))
    throw new AppError('FORBIDDEN', { venueId }, '仅本场馆的现场服务人员可为客户查看预约时间');
}

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

/** The day's cells; none bookable on a day the venue closed (its bookings are being cancelled). */
function cellsOf(
  date: string,
  rules: IntervalRules,
  day: DayLedgerDoc | undefined,
  mine: Set<string>,
  quantity: number,
  now: number,
): IntervalCellView[] {
  const hours = hoursOn(date, rules);
  if (!hours) return [];
  const step = rules.granularityMinutes * MINUTE_MS;
  const bookable = !day?.closed && date >= earliestDate(now, rules) && date <= latestDate(now, rules);
  const held = (day?.reservations ?? []).map((r) => ({ cells: new Set(occupiedGranules(r, rules)), r }));
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

export const resourceDay: PublicHandler<'resource.day'> = async ({ deps, openid }, input) => {
  const { resourceId, date } = input;
  const forCustomer = input.for === 'customer';
  // api.md's order: who the caller is before what they ask for.
  if (forCustomer && !openid) throw new AppError('UNAUTHENTICATED');
  const resource = await requireResource(deps.db, resourceId);
  if (resource.mode !== 'interval') throw stateError('not_interval', '该项目按时段预约，请选择时段');
  if (forCustomer) await requireCustomerService(deps, openid!, resource.venueId);
  const policy = resolvePolicy(resource.policy);
  const rules = rulesFor(policy, forCustomer);
  const now = deps.clock();
  const [days, mine] = await Promise.all([
    readDays(deps, [resource._id], [date]),
    // For a customer, the staff member's own bookings are just taken time.
    ownBookingIds(deps, forCustomer ? null : openid, resource._id, date),
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
    ...(days[0]?.closed ? { closed: { reason: days[0].closed.reason } } : {}),
    cells: cellsOf(date, rules, days[0], mine, quantity, now),
  };
};

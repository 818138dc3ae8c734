// Booking by the hour (seed 004: meeting rooms, showrooms, sample stores, equipment). A booking is a
// range [start, end) on one business day, on a grid of `granularityMinutes` from midnight, inside the
// opening hours of its weekday, on a working day where the resource keeps the working calendar, at least
// `leadWorkingDays` working days ahead and no more than `opensDaysBefore` days ahead.
//
// Two bookings conflict when they share a grid cell (see `occupiedGranules`): each holds the cells from
// its start to its end plus the buffer, so they conflict exactly when one starts before the other's end
// plus the buffer. The day ledger (cloudfunctions/api/src/modules/interval/dayLedger.ts) decides who wins. Pure functions, business time (Asia/Shanghai) whatever the
// host's time zone.
import { addDays, atLocal, dateOf, MINUTE_MS, timeOf, weekdayOf } from '../time';
import { isWorkday, nthWorkdayAfter } from './calendar/workdays';
import type { Policy } from './policy';

export interface OpeningHours {
  opens: string;
  closes: string;
}

export interface IntervalRules {
  /** Opening hours by weekday (0 = Sunday … 6 = Saturday); a weekday left out is closed. */
  hours: Partial<Record<number, OpeningHours>>;
  /** Closed on the days the mainland working calendar has off (public holidays), open on make-up workdays. */
  workingDaysOnly: boolean;
  granularityMinutes: number;
  minMinutes: number;
  maxMinutes: number;
  /** Kept free after each booking (cleaning, setting up); rounded up to the grid. */
  bufferMinutes: number;
  /** Booked at least this many working days ahead (0: any time before the start). */
  leadWorkingDays: number;
  /** Booking opens this many days before the day. */
  opensDaysBefore: number;
}

/** The rules of a resource's policy (its interval part, and when booking opens). */
export function intervalRules(policy: Policy): IntervalRules {
  const { hours, workingDaysOnly, granularityMinutes, minMinutes, maxMinutes, bufferMinutes, leadWorkingDays } =
    policy.interval;
  return {
    hours: Object.fromEntries(hours.map((h) => [h.weekday, { opens: h.opens, closes: h.closes }])),
    workingDaysOnly,
    granularityMinutes,
    minMinutes,
    maxMinutes,
    bufferMinutes,
    leadWorkingDays,
    opensDaysBefore: policy.opensDaysBefore,
  };
}

export interface Range {
  start: number;
  end: number;
}

/** Why a range cannot be booked, in api.md's codes; `reason` names the rule for clients and tests. */
export interface IntervalProblem {
  code: 'INVALID_INPUT' | 'SLOT_NOT_OPEN' | 'BOOKING_CLOSED';
  reason:
    | 'not_after_start'
    | 'not_on_grid'
    | 'crosses_midnight'
    | 'too_short'
    | 'too_long'
    | 'closed_day'
    | 'outside_hours'
    | 'started'
    | 'too_late'
    | 'not_open_yet';
  message: string;
}

const problem = (code: IntervalProblem['code'], reason: IntervalProblem['reason'], message: string) => ({
  code,
  reason,
  message,
});

/** Minutes since the business day's midnight. */
const minuteOfDay = (ms: number): number => {
  const [h, m] = timeOf(ms).split(':').map(Number);
  return h * 60 + m;
};

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * The opening hours of a business date, or null when the resource is closed that day. On the working
 * calendar a make-up working day (调休上班) on a weekend keeps working hours: its weekday's own, else
 * those of the first open day from Monday to Friday.
 */
export function hoursOn(date: string, rules: IntervalRules): OpeningHours | null {
  const own = rules.hours[weekdayOf(date)];
  if (!rules.workingDaysOnly) return own ?? null;
  if (!isWorkday(date)) return null;
  return own ?? [1, 2, 3, 4, 5].map((d) => rules.hours[d]).find((h) => h !== undefined) ?? null;
}

/** The shape of the range by itself: on the grid, within one day, between the shortest and longest use. */
function shapeProblem({ start, end }: Range, rules: IntervalRules): IntervalProblem | null {
  const g = rules.granularityMinutes;
  if (end <= start) return problem('INVALID_INPUT', 'not_after_start', '结束时间必须晚于开始时间');
  if (start % MINUTE_MS !== 0 || end % MINUTE_MS !== 0 || minuteOfDay(start) % g !== 0 || minuteOfDay(end) % g !== 0)
    return problem('INVALID_INPUT', 'not_on_grid', `开始和结束时间须为整${g}分钟`);
  // An end at the next midnight is the same day's last minute boundary.
  const lastDay = dateOf(end - 1);
  if (dateOf(start) !== lastDay) return problem('INVALID_INPUT', 'crosses_midnight', '预约不能跨天');
  const minutes = (end - start) / MINUTE_MS;
  if (minutes < rules.minMinutes) return problem('INVALID_INPUT', 'too_short', `每次至少预约${rules.minMinutes}分钟`);
  if (minutes > rules.maxMinutes) return problem('INVALID_INPUT', 'too_long', `每次最多预约${rules.maxMinutes}分钟`);
  return null;
}

/** Whether the range lies inside its day's opening hours. */
function hoursProblem({ start, end }: Range, rules: IntervalRules): IntervalProblem | null {
  const date = dateOf(start);
  const hours = hoursOn(date, rules);
  if (!hours) return problem('INVALID_INPUT', 'closed_day', '该日不开放预约');
  const from = minuteOfDay(start);
  const to = dateOf(end) === date ? minuteOfDay(end) : 24 * 60;
  if (from < minutesOf(hours.opens) || to > minutesOf(hours.closes))
    return problem('INVALID_INPUT', 'outside_hours', `开放时间为${hours.opens}–${hours.closes}`);
  return null;
}

/** The first business date that can still be booked at `now`: `leadWorkingDays` working days ahead. */
export function earliestDate(now: number, rules: IntervalRules): string {
  const today = dateOf(now);
  return rules.leadWorkingDays > 0 ? nthWorkdayAfter(today, rules.leadWorkingDays) : today;
}

/** The last business date that can be booked at `now`. */
export const latestDate = (now: number, rules: IntervalRules): string => addDays(dateOf(now), rules.opensDaysBefore);

/** Everything that stops the range being booked at `now`, the first refusal in api.md's order; null: none. */
export function intervalProblem(range: Range, rules: IntervalRules, now: number): IntervalProblem | null {
  const shaped = shapeProblem(range, rules) ?? hoursProblem(range, rules);
  if (shaped) return shaped;
  const date = dateOf(range.start);
  if (date > latestDate(now, rules))
    return problem('SLOT_NOT_OPEN', 'not_open_yet', `最多提前${rules.opensDaysBefore}天预约`);
  if (range.start <= now) return problem('BOOKING_CLOSED', 'started', '该时间已过');
  if (date < earliestDate(now, rules))
    return problem('BOOKING_CLOSED', 'too_late', `须至少提前${rules.leadWorkingDays}个工作日预约`);
  return null;
}

/**
 * The grid cells a booking holds: from its start up to its end plus the buffer (rounded up to the grid),
 * as epoch ms. Two bookings share a cell exactly when each starts before the other's end plus the buffer.
 */
export function occupiedGranules({ start, end }: Range, rules: IntervalRules): number[] {
  const step = rules.granularityMinutes * MINUTE_MS;
  const buffer = Math.ceil(rules.bufferMinutes / rules.granularityMinutes) * step;
  const cells: number[] = [];
  for (let t = start; t < end + buffer; t += step) cells.push(t);
  return cells;
}

/**
 * Free ranges as long as `wanted`, nearest to it first, on its own day and the following ones up to the
 * last bookable date: what a refused request is offered. `isFree` says whether a range's cells are all free.
 */
export function nearestFree(
  wanted: Range,
  rules: IntervalRules,
  now: number,
  isFree: (range: Range) => boolean,
  limit = 3,
): Range[] {
  const length = wanted.end - wanted.start;
  const step = rules.granularityMinutes * MINUTE_MS;
  const candidates: Range[] = [];
  const last = latestDate(now, rules);
  for (let date = dateOf(wanted.start), days = 0; date <= last && days < 8; date = addDays(date, 1), days++) {
    const hours = hoursOn(date, rules);
    if (!hours) continue;
    const close = atLocal(date, hours.closes);
    for (let start = atLocal(date, hours.opens); start + length <= close; start += step) {
      const range = { start, end: start + length };
      if (start !== wanted.start && !intervalProblem(range, rules, now) && isFree(range)) candidates.push(range);
    }
  }
  return candidates
    .sort((a, b) => Math.abs(a.start - wanted.start) - Math.abs(b.start - wanted.start) || a.start - b.start)
    .slice(0, limit);
}

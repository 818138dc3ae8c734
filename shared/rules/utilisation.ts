// Utilisation of a resource booked by the hour (seed 004: 资源台账，记录资源的基本信息、使用情况), per
// week (Monday to Sunday) and per calendar month, in business time:
//   open minutes   = Σ over the period's days of the opening hours that day (hoursOn) × units;
//   booked minutes = Σ of the bookings holding time that day (confirmed, awaiting approval, in use or
//                    used, not come), each counted in full on its day;
//   used minutes   = Σ of those that were used (checked in);
//   utilisation    = booked ÷ open, use rate = used ÷ open (0 where nothing was open).
// Cancelled and rejected bookings gave their time back and count for nothing. Pure: the caller reads.
import { addDays, dateOf, MINUTE_MS, weekdayOf } from '../time';
import { hoursOn, type IntervalRules } from './interval';

export interface UsageBooking {
  start: number;
  end: number;
  status: string;
}

export interface UsagePeriod {
  /** The period's first and last dates (a week: Monday and Sunday; a month: its 1st and last day). */
  from: string;
  to: string;
  openMinutes: number;
  bookedMinutes: number;
  usedMinutes: number;
  /** booked ÷ open and used ÷ open, rounded to 0.1 %. */
  utilisation: number;
  useRate: number;
}

const HOLDING = new Set(['confirmed', 'pending_approval', 'checked_in', 'no_show']);

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function openMinutesOn(date: string, rules: IntervalRules, quantity: number): number {
  const hours = hoursOn(date, rules);
  return hours ? (minutesOf(hours.closes) - minutesOf(hours.opens)) * quantity : 0;
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

/** The Monday of a date's week. */
export const weekOf = (date: string): string => addDays(date, -((weekdayOf(date) + 6) % 7));

const monthEnd = (date: string): string => {
  const next = addDays(`${date.slice(0, 7)}-28`, 4);
  return addDays(`${next.slice(0, 7)}-01`, -1);
};

function periods(
  dates: string[],
  key: (date: string) => string,
  last: (first: string) => string,
  rules: IntervalRules,
  quantity: number,
  byDay: Map<string, { booked: number; used: number }>,
): UsagePeriod[] {
  const grouped = new Map<string, UsagePeriod>();
  for (const date of dates) {
    const from = key(date);
    const p = grouped.get(from) ?? {
      from,
      to: last(from),
      openMinutes: 0,
      bookedMinutes: 0,
      usedMinutes: 0,
      utilisation: 0,
      useRate: 0,
    };
    p.openMinutes += openMinutesOn(date, rules, quantity);
    p.bookedMinutes += byDay.get(date)?.booked ?? 0;
    p.usedMinutes += byDay.get(date)?.used ?? 0;
    grouped.set(from, p);
  }
  return [...grouped.values()].map((p) => ({
    ...p,
    utilisation: ratio(p.bookedMinutes, p.openMinutes),
    useRate: ratio(p.usedMinutes, p.openMinutes),
  }));
}

/** Weekly and monthly figures over the dates [from, to] (the periods at the edges are cut to them). */
export function utilisation(
  from: string,
  to: string,
  rules: IntervalRules,
  quantity: number,
  bookings: UsageBooking[],
): { weeks: UsagePeriod[]; months: UsagePeriod[] } {
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  const byDay = new Map<string, { booked: number; used: number }>();
  for (const b of bookings) {
    if (!HOLDING.has(b.status)) continue;
    const day = byDay.get(dateOf(b.start)) ?? { booked: 0, used: 0 };
    const minutes = (b.end - b.start) / MINUTE_MS;
    day.booked += minutes;
    if (b.status === 'checked_in') day.used += minutes;
    byDay.set(dateOf(b.start), day);
  }
  const cut = (p: UsagePeriod) => ({ ...p, from: p.from < from ? from : p.from, to: p.to > to ? to : p.to });
  return {
    weeks: periods(dates, weekOf, (monday) => addDays(monday, 6), rules, quantity, byDay).map(cut),
    months: periods(dates, (d) => `${d.slice(0, 7)}-01`, monthEnd, rules, quantity, byDay).map(cut),
  };
}

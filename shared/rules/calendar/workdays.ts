// Working days in mainland China: Monday to Friday, except public holidays, plus make-up workdays.
import { addDays, atLocal, weekdayOf } from '../../time';
import { CN_CALENDAR } from './cnHolidays';

const holidays = new Set<string>();
const makeUpDays = new Set<string>();
for (const year of Object.values(CN_CALENDAR)) {
  for (const [from, to] of year.holidays) for (let d = from; d <= to; d = addDays(d, 1)) holidays.add(d);
  for (const d of year.workdays) makeUpDays.add(d);
}

/** Whether the official calendar of the date's year is known (else only weekends count as days off). */
export function calendarKnown(date: string): boolean {
  return Number(date.slice(0, 4)) in CN_CALENDAR;
}

export function isWorkday(date: string): boolean {
  if (makeUpDays.has(date)) return true;
  if (holidays.has(date)) return false;
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6;
}

/** The `n`th working day after `date` (not counting `date` itself). */
export function nthWorkdayAfter(date: string, n: number): string {
  let d = date;
  for (let found = 0; found < n;) {
    d = addDays(d, 1);
    if (isWorkday(d)) found++;
  }
  return d;
}

/**
 * "Within n working days of" a business date: the end of the nth working day after it (the start of
 * the next day, Asia/Shanghai), and whether every day counted is in a year whose calendar is known.
 */
export function workdaysDeadline(date: string, n: number): { due: number; calendarKnown: boolean } {
  const last = nthWorkdayAfter(date, n);
  return { due: atLocal(addDays(last, 1)), calendarKnown: calendarKnown(date) && calendarKnown(last) };
}

// Business time is Asia/Shanghai. China has kept UTC+08:00 all year since 1991 (no daylight saving),
// so a fixed offset gives exactly the zone's wall clock, and it behaves the same on the function host
// (UTC), in Node tests and in WeChat's JS engines, some of which lack Intl time-zone data.
// Instants are stored as epoch milliseconds; dates are 'YYYY-MM-DD' in business time.
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

export const BUSINESS_TZ = 'Asia/Shanghai';
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type Clock = () => number;
export const systemClock: Clock = () => Date.now();

/**
 * An instant as a dayjs in UTC mode whose fields read its Shanghai wall clock. Not
 * `dayjs.utc(ms).utcOffset(480)`: that goes through the host's zone, and on a host with daylight
 * saving it is an hour off on the days the host's clocks change. Never format its offset (`Z`).
 */
export function businessTime(ms: number): Dayjs {
  return dayjs.utc(ms + OFFSET_MS);
}

/** `2026-12-01T09:00:00+08:00` */
export function toIso(ms: number): string {
  return businessTime(ms).format('YYYY-MM-DD[T]HH:mm:ss[+08:00]');
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant with an explicit offset (or Z); NaN when it is not one. */
export function parseIso(value: string): number {
  if (!ISO_WITH_OFFSET.test(value)) return NaN;
  return Date.parse(value);
}

/** The business date of an instant. */
export function dateOf(ms: number): string {
  return businessTime(ms).format('YYYY-MM-DD');
}

/** `HH:mm` of an instant in business time. */
export function timeOf(ms: number): string {
  return businessTime(ms).format('HH:mm');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A business date `YYYY-MM-DD` at its midnight, in the same UTC-mode wall-clock form. */
function day(date: string): Dayjs {
  if (!DATE.test(date)) throw new RangeError(`bad business date: ${date}`);
  return dayjs.utc(date);
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isDate(value: string): boolean {
  return DATE.test(value) && day(value).format('YYYY-MM-DD') === value;
}

export function isTimeOfDay(value: string): boolean {
  return TIME.test(value);
}

/** The instant at which business date `date` shows wall-clock `time` (`HH:mm`). */
export function atLocal(date: string, time = '00:00'): number {
  if (!DATE.test(date) || !TIME.test(time)) throw new RangeError(`bad business date/time: ${date} ${time}`);
  return dayjs.utc(`${date}T${time}`).valueOf() - OFFSET_MS;
}

export function addDays(date: string, days: number): string {
  return day(date).add(days, 'day').format('YYYY-MM-DD');
}

/** Whole days from `from` to `to` (both business dates). */
export function daysBetween(from: string, to: string): number {
  return day(to).diff(day(from), 'day');
}

/** The month `YYYY-MM` that is `months` after `month` (before it when negative). */
export function addMonths(month: string, months: number): string {
  if (!MONTH.test(month)) throw new RangeError(`bad month: ${month}`);
  return dayjs.utc(`${month}-01`).add(months, 'month').format('YYYY-MM');
}

/** 0 = Sunday … 6 = Saturday, for a business date. */
export function weekdayOf(date: string): number {
  return day(date).day();
}

export const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;
export { DAY_MS };

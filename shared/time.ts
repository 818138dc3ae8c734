// Business time is Asia/Shanghai. China has kept UTC+08:00 all year since 1991 (no daylight saving),
// so a fixed offset gives exactly the zone's wall clock, and it behaves the same on the function host
// (UTC), in Node tests and in WeChat's JS engines, some of which lack Intl time-zone data.
// Instants are stored as epoch milliseconds; dates are 'YYYY-MM-DD' in business time.

export const BUSINESS_TZ = 'Asia/Shanghai';
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type Clock = () => number;
export const systemClock: Clock = () => Date.now();

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The wall clock in Asia/Shanghai, as a Date whose UTC fields carry it. */
function shifted(ms: number): Date {
  return new Date(ms + OFFSET_MS);
}

/** `2026-12-01T09:00:00+08:00` */
export function toIso(ms: number): string {
  const d = shifted(ms);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`
  );
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant with an explicit offset (or Z); NaN when it is not one. */
export function parseIso(value: string): number {
  if (!ISO_WITH_OFFSET.test(value)) return NaN;
  return Date.parse(value);
}

/** The business date of an instant. */
export function dateOf(ms: number): string {
  const d = shifted(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `HH:mm` of an instant in business time. */
export function timeOf(ms: number): string {
  const d = shifted(ms);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

export function isTimeOfDay(value: string): boolean {
  return TIME.test(value);
}

/** The instant at which business date `date` shows wall-clock `time` (`HH:mm`). */
export function atLocal(date: string, time = '00:00'): number {
  const m = DATE.exec(date);
  const t = TIME.exec(time);
  if (!m || !t) throw new RangeError(`bad business date/time: ${date} ${time}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(t[1]), Number(t[2])) - OFFSET_MS;
}

export function addDays(date: string, days: number): string {
  return dateOf(atLocal(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (both business dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((atLocal(to) - atLocal(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, for a business date. */
export function weekdayOf(date: string): number {
  return new Date(atLocal(date) + OFFSET_MS).getUTCDay();
}

export const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;
export { DAY_MS };

// Dates and times as people read them, in Chinese and in business time (Asia/Shanghai, shared/time),
// the same on the function host, in tests and on the phone: a fixed +08:00 offset, never the host's zone
// and never Intl time-zone data. Each format the product shows has one name here.
// An instant is epoch milliseconds or an ISO 8601 string with its offset; a date is `YYYY-MM-DD`.
import type { Dayjs } from 'dayjs';
import zhCn from 'dayjs/locale/zh-cn';
import { atLocal, businessTime, daysBetween, parseIso } from './time';

export type Instant = number | string;

const at = (instant: Instant): Dayjs =>
  businessTime(typeof instant === 'number' ? instant : parseIso(instant)).locale(zhCn);
/** A business date at its midnight: its fields are the date's own. */
const on = (date: string): Dayjs => at(atLocal(date));

/** `12/1` */
export const monthDay = (date: string) => on(date).format('M/D');

/** `周二` */
export const weekday = (date: string) => on(date).format('ddd');

const LONG_DATE = 'M月D日 ddd';

/** `12月1日 周二` */
export const longDate = (date: string) => on(date).format(LONG_DATE);

/** `2026年12月` of a month `YYYY-MM`. */
export const yearMonth = (month: string) => on(`${month}-01`).format('YYYY年M月');

/** `昨天` / `今天` / `明天`, otherwise `周二`: a date as seen on `today`. */
export function dayName(date: string, today: string): string {
  const words: Record<number, string> = { [-1]: '昨天', 0: '今天', 1: '明天' };
  return words[daysBetween(today, date)] ?? weekday(date);
}

/** `09:00` */
export const clockTime = (instant: Instant) => at(instant).format('HH:mm');

/** `09:00–10:00` */
export const timeRange = (start: Instant, end: Instant) => `${clockTime(start)}–${clockTime(end)}`;

/** `12月1日 周二 09:00–10:00`: a slot. */
export const slotWhen = (start: Instant, end: Instant) => `${at(start).format(LONG_DATE)} ${timeRange(start, end)}`;

/** `2026-12-01 09:00` */
export const dateTime = (instant: Instant) => at(instant).format('YYYY-MM-DD HH:mm');

/** `12月1日 09:00`: a moment within the coming days, in a sentence. */
export const monthDayTime = (instant: Instant) => at(instant).format('M月D日 HH:mm');

/** `2026年12月1日`: WeChat's subscribe-message `date` field. */
export const fullDate = (instant: Instant) => at(instant).format('YYYY年M月D日');

/** `2026年12月1日 09:00`: WeChat's subscribe-message `time` field. */
export const fullDateTime = (instant: Instant) => at(instant).format('YYYY年M月D日 HH:mm');

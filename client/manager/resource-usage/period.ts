// The periods of a resource's register, in business dates (shared/time): calendar weeks (Monday to Sunday)
// and calendar months, as the utilisation figures group them (shared/rules/utilisation.ts).
import { addDays, addMonths } from '@shared/time';
import { weekOf } from '@shared/rules/utilisation';

export const PERIODS = ['week', 'month', 'lastMonth', 'quarter'] as const;
export type Period = (typeof PERIODS)[number];

export const PERIOD_LABELS: Record<Period, string> = {
  week: '本周',
  month: '本月',
  lastMonth: '上月',
  quarter: '近三个月',
};

/** The last date of a month `YYYY-MM`. */
const lastOf = (month: string) => addDays(`${addMonths(month, 1)}-01`, -1);

/**
 * The dates a period covers as seen on `today`, both ends included: 本周 Monday to Sunday, 本月 and 上月
 * the whole calendar month, 近三个月 this month and the two before it (at most 92 days: the function reads
 * up to 93).
 */
export function periodDates(period: Period, today: string): { from: string; to: string } {
  const month = today.slice(0, 7);
  switch (period) {
    case 'week': {
      const monday = weekOf(today);
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'month':
      return { from: `${month}-01`, to: lastOf(month) };
    case 'lastMonth': {
      const last = addMonths(month, -1);
      return { from: `${last}-01`, to: lastOf(last) };
    }
    case 'quarter':
      return { from: `${addMonths(month, -2)}-01`, to: lastOf(month) };
  }
}

/** `12月7日` */
export const shortDate = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** `12月7日–12月13日`, or `12月7日` for one day. */
export const dateRange = (from: string, to: string) =>
  from === to ? shortDate(from) : `${shortDate(from)}–${shortDate(to)}`;

/** `2026年12月7日–12月13日`: the period asked, with its year (both years when it spans two). */
export function periodText(from: string, to: string): string {
  const y1 = from.slice(0, 4);
  const y2 = to.slice(0, 4);
  return y1 === y2 ? `${y1}年${dateRange(from, to)}` : `${y1}年${shortDate(from)}–${y2}年${shortDate(to)}`;
}

/** Minutes as hours: `3小时`, `1.5小时`, `0小时`. */
export const hours = (minutes: number) => `${Math.round(minutes / 6) / 10}小时`;

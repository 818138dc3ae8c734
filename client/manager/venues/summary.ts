// How the venues list reads a venue's hours and closed days: `09:00–17:00 · 周一闭馆 · 另有2个闭馆日`.
import type { VenueView } from '@shared/contract';
import { WEEKDAYS } from '../slot-bulk/bulk';

/** `周一、周二闭馆`, Monday first; none when it opens every day of the week. */
function weekdaysClosed(weekdays: number[]): string | undefined {
  const names = WEEKDAYS.filter((w) => weekdays.includes(Number(w.value))).map((w) => `周${w.label}`);
  return names.length ? `${names.join('、')}闭馆` : undefined;
}

/** The venue's hours and closed days in one line. */
export function venueSchedule({ hours, closedWeekdays = [], closedDates = [] }: VenueView): string {
  const weekly = weekdaysClosed(closedWeekdays);
  const dates = closedDates.length ? `${weekly ? '另有' : ''}${closedDates.length}个闭馆日` : undefined;
  return [
    hours ? `${hours.opens}–${hours.closes}` : '未设置开放时间',
    weekly ?? (dates ? undefined : '每天开放'),
    dates,
  ]
    .filter(Boolean)
    .join(' · ');
}

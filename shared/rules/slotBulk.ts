// The slots a bulk creation makes: every listed weekday in [from, to] × every time of day. The
// server inserts exactly these; the manager's form previews their count before sending.
import { addDays, atLocal, daysBetween, weekdayOf } from '../time';

export interface BulkRequest {
  /** Business dates, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  /** 0 = Sunday, as `weekdayOf`. */
  weekdays: number[];
  times: { start: string; end: string }[];
}

/** The business dates in [from, to] that fall on one of the weekdays; none when `to` is before `from`. */
export function bulkDates({ from, to, weekdays }: Pick<BulkRequest, 'from' | 'to' | 'weekdays'>): string[] {
  const days = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(days, 0) }, (_, i) => addDays(from, i)).filter((d) =>
    weekdays.includes(weekdayOf(d)),
  );
}

/** Each slot's window in epoch ms, date by date, in the order of the times. */
export function bulkWindows(request: BulkRequest): { start: number; end: number }[] {
  return bulkDates(request).flatMap((date) =>
    request.times.map((t) => ({ start: atLocal(date, t.start), end: atLocal(date, t.end) })),
  );
}

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
  /** The venue's closed days (weekly and dated), on which nothing is made whatever the weekdays say. */
  closed?: ClosedDays;
}

export interface ClosedDays {
  weekdays?: number[];
  dates?: string[];
}

/** Whether the venue is closed on a business date. */
export const isClosedOn = (date: string, closed: ClosedDays = {}): boolean =>
  Boolean(closed.weekdays?.includes(weekdayOf(date)) || closed.dates?.includes(date));

/**
 * The business dates in [from, to] that fall on one of the weekdays and on which the venue is open;
 * none when `to` is before `from`.
 */
export function bulkDates({ from, to, weekdays, closed }: Pick<BulkRequest, 'from' | 'to' | 'weekdays' | 'closed'>) {
  const days = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(days, 0) }, (_, i) => addDays(from, i)).filter(
    (d) => weekdays.includes(weekdayOf(d)) && !isClosedOn(d, closed),
  );
}

/** Each slot's window in epoch ms, date by date, in the order of the times. */
export function bulkWindows(request: BulkRequest): { start: number; end: number }[] {
  return bulkDates(request).flatMap((date) =>
    request.times.map((t) => ({ start: atLocal(date, t.start), end: atLocal(date, t.end) })),
  );
}

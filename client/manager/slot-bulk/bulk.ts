// The bulk-slot form: its first values, the next time row, the preview count and the input it sends.
import { bulkDates, bulkWindows, type ClosedDays } from '@shared/rules/slotBulk';
import { addDays, dateOf, MINUTE_MS } from '@shared/time';
import { toNumber } from '../form';

/** Monday first, as on a Chinese calendar; values are the contract's (0 = Sunday). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0].map((d) => ({ value: String(d), label: '日一二三四五六'[d] }));

export interface TimeRow {
  start: string;
  end: string;
}

export interface BulkValues {
  from: string;
  to: string;
  /** The checked weekdays, as the checkboxes hold them (`'1'` = Monday). */
  weekdays: string[];
  times: TimeRow[];
  /** Typed text. */
  capacity: string;
  /**
   * A lottery resource's close and draw, before each session's start: typed in hours, sent in minutes
   * under these paths (where their errors show).
   */
  'lottery.closesMinutesBefore': string;
  'lottery.drawMinutesBefore': string;
}

/** Hours typed for the lottery's lead times, as their labels read. */
export const LOTTERY_FIELDS = {
  'lottery.closesMinutesBefore': '报名截止',
  'lottery.drawMinutesBefore': '抽签时间',
} as const;

export type LotteryPath = keyof typeof LOTTERY_FIELDS;

/** A week from tomorrow (business time), every weekday, one hour from 09:00, the capacity still to type. */
export function initialValues(now: number): BulkValues {
  const from = addDays(dateOf(now), 1);
  return {
    from,
    to: addDays(from, 6),
    weekdays: WEEKDAYS.map((w) => w.value),
    times: [{ start: '09:00', end: '10:00' }],
    capacity: '',
    // Applications close two days before, the draw runs the day before.
    'lottery.closesMinutesBefore': '48',
    'lottery.drawMinutesBefore': '24',
  };
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmmOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A new row right after the last one, as long as it; a copy of it when that would pass midnight. */
export function nextRow(last: TimeRow): TimeRow {
  const end = minutesOf(last.end) + (minutesOf(last.end) - minutesOf(last.start));
  return end < 24 * 60 && end > minutesOf(last.end) ? { start: last.end, end: hhmmOf(end) } : { ...last };
}

/** What the preview says: `dates 天 × times 个时间段，共 total 个时段` (the venue's closed days left out, as the function does). */
export function preview(values: BulkValues, closed?: ClosedDays) {
  const dates = bulkDates({ ...values, weekdays: values.weekdays.map(Number), closed }).length;
  return { dates, times: values.times.length, total: dates * values.times.length };
}

/** Typed hours in minutes; undefined when empty. */
function minutesOfHours(hours: string): number | undefined {
  const h = toNumber(hours);
  return h === undefined ? undefined : Math.round(h * 60);
}

const leadOf = (values: BulkValues) => ({
  closesMinutesBefore: minutesOfHours(values['lottery.closesMinutesBefore']),
  drawMinutesBefore: minutesOfHours(values['lottery.drawMinutesBefore']),
});

/**
 * The first `limit` sessions with when their applications close and their draw runs (epoch ms); none
 * while a lead time is not a number yet.
 */
export function lotteryTimes(values: BulkValues, closed?: ClosedDays, limit = 3) {
  const { closesMinutesBefore: closes, drawMinutesBefore: draw } = leadOf(values);
  if (closes === undefined || draw === undefined || Number.isNaN(closes) || Number.isNaN(draw)) return [];
  return bulkWindows({ ...values, weekdays: values.weekdays.map(Number), closed })
    .slice(0, limit)
    .map((w) => ({ ...w, closesAt: w.start - closes * MINUTE_MS, drawAt: w.start - draw * MINUTE_MS }));
}

/** What admin.slot.bulkCreate takes, before the schema checks it; a lottery resource's with its lead times. */
export const inputOf = (values: BulkValues, resourceId: string, lottery = false) => ({
  resourceId,
  from: values.from,
  to: values.to,
  weekdays: values.weekdays.map(Number),
  times: values.times,
  capacity: toNumber(values.capacity),
  ...(lottery ? { lottery: leadOf(values) } : {}),
});

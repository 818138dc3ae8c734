// The one-slot form: its first values (a lottery session's close and draw by default), the date that moves
// them along, and the admin.slot.create input it sends, every instant composed in business time.
import { z } from 'zod';
import { parseInput } from '@shared/contract/zh';
import { slotCreateInput } from '@shared/contract/admin';
import type { ActionInput } from '@shared/contract';
import { addDays, atLocal, dateOf, daysBetween, toIso } from '@shared/time';
import { toNumber } from '../form';

/** A business date and a wall-clock time, as two pickers hold them. */
export interface DateTime {
  date: string;
  /** `HH:mm` */
  time: string;
}

/** The form's values, each under the path of the input it becomes (where its error shows). */
export interface SlotValues {
  date: string;
  /** `HH:mm` on `date`. */
  start: string;
  end: string;
  /** Typed text. */
  capacity: string;
  /** A lottery session's only. */
  closesAt: DateTime;
  drawAt: DateTime;
}

/** Days from today a new session starts on: a lottery one leaves time to apply before its close. */
const LEAD_DAYS = { fcfs: 1, lottery: 3 };

/** A lottery session's defaults: applications close two days before at 18:00, the draw the day before at 10:00. */
export const lotteryDefaults = (date: string): Pick<SlotValues, 'closesAt' | 'drawAt'> => ({
  closesAt: { date: addDays(date, -2), time: '18:00' },
  drawAt: { date: addDays(date, -1), time: '10:00' },
});

/** A session on a day after today (business time), 09:00 to 10:00, the capacity still to type. */
export function initialValues(now: number, lottery: boolean): SlotValues {
  const date = addDays(dateOf(now), LEAD_DAYS[lottery ? 'lottery' : 'fcfs']);
  return { date, start: '09:00', end: '10:00', capacity: '', ...lotteryDefaults(date) };
}

/** The session moved to `date`: its close and draw move by as many days. */
export function withDate(values: SlotValues, date: string): Pick<SlotValues, 'date' | 'closesAt' | 'drawAt'> {
  const days = daysBetween(values.date, date);
  const move = (at: DateTime): DateTime => ({ ...at, date: addDays(at.date, days) });
  return { date, closesAt: move(values.closesAt), drawAt: move(values.drawAt) };
}

/** `2026-12-01T09:00:00+08:00` of a business date and time. */
export const isoAt = (date: string, time: string) => toIso(atLocal(date, time));

/** What admin.slot.create takes, before the check; a lottery session's with its close and draw. */
export const inputOf = (values: SlotValues, resourceId: string, lottery: boolean) => ({
  resourceId,
  start: isoAt(values.date, values.start),
  end: isoAt(values.date, values.end),
  capacity: toNumber(values.capacity),
  ...(lottery
    ? {
        closesAt: isoAt(values.closesAt.date, values.closesAt.time),
        drawAt: isoAt(values.drawAt.date, values.drawAt.time),
      }
    : {}),
});

type SlotCreate = ActionInput<'admin.slot.create'>;

/**
 * The action's own check, keeping the input as sent: slotCreateInput reads its instants into epoch ms,
 * while the function is sent the ISO strings.
 */
export const slotFormSchema: z.ZodType<SlotCreate, z.ZodTypeDef, unknown> = z
  .custom<SlotCreate>()
  .superRefine((input, ctx) => {
    const parsed = parseInput(slotCreateInput, input);
    if (parsed.ok) return;
    for (const f of parsed.fields) ctx.addIssue({ code: 'custom', path: f.path.split('.'), message: f.message });
  });

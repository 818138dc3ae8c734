// The form of a booking by the hour: its values, booking.create's input from them and the chosen range, and
// the schema checked on the phone (the function's own messages, and the seats of the room).
import { z } from 'zod';
import { bookingPurpose, headcount } from '@shared/contract/booking';
import { id } from '@shared/contract/common';
import { parseIso, toIso } from '@shared/time';

export interface IntervalForm {
  purpose: string;
  /** As typed: a number once checked. */
  headcount: string;
  /** Only where the resource is real-name. */
  attendeeIds: string[];
}

export const EMPTY_INTERVAL_FORM: IntervalForm = { purpose: '', headcount: '1', attendeeIds: [] };

/** A range of one resource: the one chosen on the grid, or one offered instead. */
export interface IntervalTarget {
  resourceId: string;
  start: string;
  end: string;
}

/** booking.create's input: the range as ISO instants in business time, attendees only when real-name. */
export const intervalInput = (target: IntervalTarget, f: IntervalForm, realName: boolean) => ({
  resourceId: target.resourceId,
  start: toIso(parseIso(target.start)),
  end: toIso(parseIso(target.end)),
  purpose: f.purpose,
  headcount: f.headcount.trim() === '' ? undefined : Number(f.headcount),
  ...(realName ? { attendeeIds: f.attendeeIds } : {}),
});

/** The function's checks of the fields the visitor fills, and the seats of the resource; the answer is the input. */
export const intervalSchema = (capacity: number) =>
  z
    .object({
      resourceId: id,
      start: z.string(),
      end: z.string(),
      purpose: bookingPurpose,
      headcount: headcount.max(capacity, `最多${capacity}人`),
      attendeeIds: z.array(id).min(1, '请选择参观人').optional(),
    })
    .strict();

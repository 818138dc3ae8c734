import type { NoticeData, SlotView } from '@shared/contract';
import { toIso } from '@shared/time';
import type { BookingDoc, WaitEntryDoc } from '../../db/docs';

const seatsText = (b: BookingDoc | WaitEntryDoc) =>
  b.attendees.flatMap((a) => ('seat' in a && a.seat ? [a.seat.label] : [])).join('、');

/** The facts a notice about a booking or waiting entry carries. */
export function noticeData(
  b: BookingDoc | WaitEntryDoc,
  extra: { reason?: string; alternatives?: SlotView[] } = {},
): NoticeData {
  return {
    ...('moves' in b ? { bookingId: b._id } : { entryId: b._id, ...(b.bookingId ? { bookingId: b.bookingId } : {}) }),
    resourceId: b.resourceId,
    resourceName: b.resourceName,
    venueName: b.venueName,
    start: toIso(b.start),
    end: toIso(b.end),
    ...('confirmBy' in b && b.confirmBy && !b.confirmedAt ? { confirmBy: toIso(b.confirmBy) } : {}),
    ...(seatsText(b) ? { seats: seatsText(b) } : {}),
    ...extra,
  };
}

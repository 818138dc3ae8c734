import type { CheckinBookingView } from '@shared/contract';
import { maskName } from '@shared/rules/idDocument';
import { toIso } from '@shared/time';
import type { BookingDoc } from '../../db/docs';
import { maskOpenid } from '../user/people';

/** Who checked it in, as people are shown: never the staff member's OpenID. */
export const checkedInByName = (b: Pick<BookingDoc, 'checkedInBy' | 'checkedInByName'>): string | undefined =>
  b.checkedInByName ?? (b.checkedInBy ? maskOpenid(b.checkedInBy) : undefined);

/** What staff see: masked names and IDs to compare with the documents shown. */
export function checkinBookingView(b: BookingDoc): CheckinBookingView {
  const present = new Set(b.presentIds ?? []);
  return {
    id: b._id,
    resourceName: b.resourceName,
    venueName: b.venueName,
    ...(b.location ? { location: b.location } : {}),
    start: toIso(b.start),
    end: toIso(b.end),
    status: b.status,
    attendees: b.attendees.map((a) => {
      const line = b.order?.lines.find((l) => l.id === a.id);
      return {
        id: a.id,
        name: maskName(a.name),
        idMasked: a.idMasked,
        present: present.has(a.id),
        // What the gate checks and where it sends them (seed 001): 学生票 with 学生证, 二楼 3排12座.
        ...(a.seat ? { seat: a.seat.label } : {}),
        ...(line ? { ticket: line.ticketTypeName, ...(line.proof ? { proof: line.proof } : {}) } : {}),
      };
    }),
    ...(b.checkedInAt
      ? { checkedInAt: toIso(b.checkedInAt), checkedInBy: checkedInByName(b), method: b.checkinMethod }
      : {}),
  };
}

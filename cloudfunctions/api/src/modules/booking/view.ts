import type { BookingView, FeedbackView, SlotView } from '@shared/contract';
import { toIso } from '@shared/time';
import type { BookingDoc } from '../../db/docs';
import { isActive } from './transition';

export function bookingView(
  doc: BookingDoc,
  now: number,
  extra: { alternatives?: SlotView[]; feedback?: FeedbackView } = {},
): BookingView {
  return {
    id: doc._id,
    slotId: doc.slotId,
    resourceId: doc.resourceId,
    venueId: doc.venueId,
    resourceName: doc.resourceName,
    venueName: doc.venueName,
    ...(doc.location ? { location: doc.location } : {}),
    start: toIso(doc.start),
    end: toIso(doc.end),
    status: doc.status,
    attendees: doc.attendees.map(({ id, name, idMasked }) => ({ id, name, idMasked })),
    createdAt: toIso(doc.createdAt),
    cancelDeadline: toIso(doc.cancelDeadline),
    canCancel: isActive(doc) && now < doc.cancelDeadline,
    changeDeadline: toIso(doc.changeDeadline),
    canChange: isActive(doc) && now < doc.changeDeadline,
    ...(doc.reason ? { reason: doc.reason } : {}),
    ...(extra.alternatives ? { alternatives: extra.alternatives } : {}),
    checkinOpensAt: toIso(doc.checkinOpensAt),
    ...(doc.checkedInAt ? { checkedInAt: toIso(doc.checkedInAt) } : {}),
    ...(extra.feedback ? { feedback: extra.feedback } : {}),
    canRate: doc.status === 'checked_in' && !doc.rated,
  };
}

import type { BookingView } from '@shared/contract';
import { toIso } from '@shared/time';
import type { BookingDoc } from '../../db/docs';

const CANCELLABLE = new Set(['confirmed', 'pending_approval']);

export function isCancellable(doc: BookingDoc, now: number): boolean {
  return CANCELLABLE.has(doc.status) && now < doc.cancelDeadline;
}

export function bookingView(doc: BookingDoc, now: number): BookingView {
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
    canCancel: isCancellable(doc, now),
  };
}

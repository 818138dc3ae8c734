import type { WaitEntryView } from '@shared/contract';
import { toIso } from '@shared/time';
import type { WaitEntryDoc } from '../../db/docs';

export function waitEntryView(doc: WaitEntryDoc, queue: string[]): WaitEntryView {
  const index = doc.status === 'waiting' ? queue.indexOf(doc._id) : -1;
  return {
    id: doc._id,
    slotId: doc.slotId,
    resourceId: doc.resourceId,
    venueId: doc.venueId,
    resourceName: doc.resourceName,
    venueName: doc.venueName,
    start: toIso(doc.start),
    end: toIso(doc.end),
    status: doc.status,
    position: index >= 0 ? index + 1 : null,
    attendees: doc.attendees.map(({ id, name, idMasked }) => ({ id, name, idMasked })),
    createdAt: toIso(doc.createdAt),
    ...(doc.bookingId ? { bookingId: doc.bookingId } : {}),
    ...(doc.reason ? { reason: doc.reason } : {}),
  };
}

import type { WaitEntryView } from '@shared/contract';
import { toIso } from '@shared/time';
import type { WaitEntryDoc } from '../../db/docs';

export function waitEntryView(doc: WaitEntryDoc, position: number | null): WaitEntryView {
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
    position,
    attendees: doc.attendees.map(({ id, name, idMasked }) => ({ id, name, idMasked })),
    createdAt: toIso(doc.createdAt),
    ...(doc.bookingId ? { bookingId: doc.bookingId } : {}),
    ...(doc.reason ? { reason: doc.reason } : {}),
  };
}

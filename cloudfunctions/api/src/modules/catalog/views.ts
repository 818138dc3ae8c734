import { sellableSeats } from '@shared/rules/seats';
import type { ResourceView, SlotView, VenueView } from '@shared/contract';
import { bookingClosesAt, bookingOpensAt, resolvePolicy, slotStatus, type Policy } from '@shared/rules/policy';
import { toIso } from '@shared/time';
import type { ResourceDoc, SlotDoc, VenueDoc } from '../../db/docs';

export function venueView(doc: VenueDoc): VenueView {
  const { _id, name, kind, address, description, hours, closedWeekdays, closedDates, contact, order } = doc;
  return {
    id: _id,
    name,
    kind,
    ...(address ? { address } : {}),
    ...(description ? { description } : {}),
    ...(hours ? { hours: { opens: hours.opens, closes: hours.closes } } : {}),
    ...(closedWeekdays?.length ? { closedWeekdays } : {}),
    ...(closedDates?.length ? { closedDates } : {}),
    ...(contact ? { contact } : {}),
    order,
  };
}

export function resourceView(doc: ResourceDoc): ResourceView {
  const { _id, venueId, name, kind, mode, allocation, description, location } = doc;
  return {
    id: _id,
    venueId,
    name,
    kind,
    mode,
    allocation,
    ...(description ? { description } : {}),
    ...(location ? { location } : {}),
    policy: resolvePolicy(doc.policy),
    ...(doc.seatMap ? { seats: sellableSeats(doc.seatMap).length } : {}),
  };
}

export function slotView(doc: SlotDoc, policy: Policy, now: number): SlotView {
  return {
    id: doc._id,
    resourceId: doc.resourceId,
    start: toIso(doc.start),
    end: toIso(doc.end),
    capacity: doc.capacity,
    remaining: Math.max(doc.remaining, 0),
    status: slotStatus(doc, policy, now),
    opensAt: toIso(bookingOpensAt(doc, policy)),
    closesAt: toIso(bookingClosesAt(doc, policy)),
    waiting: doc.waiting ?? 0,
    ...(doc.closedReason ? { reason: doc.closedReason } : {}),
  };
}

import { cancelDeadline, changeDeadline, checkinOpensAt, type Policy } from '@shared/rules/policy';
import type { BookingStatus } from '@shared/contract';
import type { AttendeeDoc, BookingAttendee, BookingDoc, OrderDoc, ResourceDoc, SlotDoc } from '../../db/docs';
import { newOrder, orderLines, type WindowSale } from '../order/build';

export function bookingAttendee(a: AttendeeDoc): BookingAttendee {
  return { id: a._id, name: a.name, idMasked: a.idMasked, idHash: a.idHash, phoneHash: a.phoneHash };
}

/** The slot-dependent fields of a booking: what a move rewrites. */
export function slotFields(slot: SlotDoc, policy: Policy) {
  return {
    slotId: slot._id,
    date: slot.date,
    start: slot.start,
    end: slot.end,
    cancelDeadline: cancelDeadline(slot, policy),
    changeDeadline: changeDeadline(slot, policy),
    checkinOpensAt: checkinOpensAt(slot, policy),
  };
}

function initialStatus(policy: Policy, order: OrderDoc | undefined): BookingStatus {
  if (order) return order.status === 'paid' ? 'confirmed' : 'pending_payment';
  return policy.requiresApproval ? 'pending_approval' : 'confirmed';
}

export function newBooking(args: {
  id: string;
  openid: string;
  slot: SlotDoc;
  resource: ResourceDoc;
  venueName: string;
  policy: Policy;
  attendees: BookingAttendee[];
  claimIds: string[];
  now: number;
  /** A booking made by staff for a walk-in (modules/desk/book.ts). */
  desk?: BookingDoc['desk'];
  /** On a priced resource, each attendee's ticket type (the first type for those left out). */
  ticketTypes?: Record<string, string>;
  /** Sold at the ticket window, paid there. */
  sale?: WindowSale;
}): BookingDoc {
  const { id, openid, slot, resource, venueName, policy, attendees, claimIds, now, desk } = args;
  // A priced resource's booking is its order, and waits for the payment unless there is nothing to pay.
  const order = policy.pricing
    ? newOrder({
        bookingId: id,
        slot,
        pricing: policy.pricing,
        lines: orderLines(policy.pricing, slot, attendees, args.ticketTypes ?? {}),
        now,
        sale: args.sale,
      })
    : undefined;
  return {
    _id: id,
    openid,
    resourceId: resource._id,
    venueId: slot.venueId,
    resourceName: resource.name,
    venueName,
    ...(resource.location ? { location: resource.location } : {}),
    ...slotFields(slot, policy),
    status: initialStatus(policy, order),
    attendees,
    claimIds,
    moves: 0,
    ...(desk ? { desk } : {}),
    ...(order ? { order } : {}),
    createdAt: now,
    updatedAt: now,
  };
}

import { cancelDeadline, changeDeadline, checkinOpensAt, type Policy } from '@shared/rules/policy';
import type { AttendeeDoc, BookingAttendee, BookingDoc, ResourceDoc, SlotDoc } from '../../db/docs';

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
}): BookingDoc {
  const { id, openid, slot, resource, venueName, policy, attendees, claimIds, now, desk } = args;
  return {
    _id: id,
    openid,
    resourceId: resource._id,
    venueId: slot.venueId,
    resourceName: resource.name,
    venueName,
    ...(resource.location ? { location: resource.location } : {}),
    ...slotFields(slot, policy),
    status: policy.requiresApproval ? 'pending_approval' : 'confirmed',
    attendees,
    claimIds,
    moves: 0,
    ...(desk ? { desk } : {}),
    createdAt: now,
    updatedAt: now,
  };
}

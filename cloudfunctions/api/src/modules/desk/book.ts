// Booking for someone else (ticket window, customer service, a phone call): staff of a venue book a
// person who does not use the mini-program. desk.book, then desk.booking to open it again.
//
// The person becomes a walk-in account of their own (access.ts, `deskOwner`): a synthetic owner derived
// from (staff OpenID, requestId), never a real OpenID, so no one can sign in as it. Its one attendee
// record has the shape and encryption of attendee.add's (`newAttendeeDoc`, the ID number checked against
// today's date as there). The staff member takes the person's consent at the desk: the record carries the
// privacy notice's version and time, and the booking's desk note says who took it (`bookedBy`).
//
// Then the very flow of booking.create runs for that owner (`bookFirstCome`), so every rule holds for free:
// - the per-ID-per-day claims span accounts, so a person booked in the app cannot be booked again at the
//   desk beyond the limit (nor the other way round);
// - places are taken by the one conditional atomic update: a rush of desk bookings cannot oversell;
// - blocks (no-shows, by ID hash) and the opening of booking apply as to anyone; the window sells until
//   the slot starts, where online booking closes earlier (eligibility.ts, purpose 'desk');
// - the per-account claim is the walk-in owner's, one account per desk request.
// Only staff of the slot's venue may book there. No notice is written: the owner reads none.
//
// Idempotent: the router's requests record lets one delivery of (staff, requestId) run at a time, and
// every write below is keyed by the request anyway (the owner, hence the attendee's id, the booking's id
// and its claims), so a repeat after an unknown failure finds and finishes its own work: one booking and
// one attendee record however often the request arrives.
//
// Trade-off: the attendee record is written before the flow's checks, because the flow reads the owner's
// attendees like any account's (no second copy of the steps). A refusal therefore costs that write and
// its removal (walkIn.ts); desk bookings are few, and a person not booked leaves nothing behind.
import { grantsRole } from '@shared/contract';
import { AppError } from '@shared/errors';
import type { Handler } from '../../context';
import type { BookingDoc } from '../../db/docs';
import { hashPayload } from '../../idempotency';
import { newAttendeeDoc } from '../attendee/add';
import { bookFirstCome } from '../booking/create';
import { findBooking } from '../booking/repository';
import { requireSlot } from '../catalog/repository';
import { deskOwner, requireDeskBookingOf, type DeskBooking } from './access';
import { deskBookingView } from './view';
import { forgetWalkIn, saveWalkIn } from './walkIn';

export const bookAtDesk: Handler<'desk.book'> = async ({ deps, openid, roles, requestId, record }, input) => {
  const rid = requestId!;
  const owner = deskOwner(openid, rid);
  // INVALID_INPUT comes first in api.md's order: the ID number is checked before anything is read.
  const person = newAttendeeDoc(deps, owner, input, deps.clock());
  const slot = await requireSlot(deps.db, input.slotId);
  if (!grantsRole(roles, 'staff', slot.venueId))
    throw new AppError('FORBIDDEN', { venueId: slot.venueId }, '只能为本场馆的时段代为预约');

  const desk: BookingDoc['desk'] = {
    name: person.name,
    phoneMasked: person.phoneMasked,
    ...(input.company ? { company: input.company } : {}),
    ...(input.needs ? { needs: input.needs } : {}),
    bookedBy: openid,
    consent: person.consent,
  };
  // The booking keeps this hash for as long as it lives: keyed hashes stand in for the ID number and the
  // phone, so it cannot be tried against guesses of them.
  const requestHash = hashPayload('desk.book', { ...input, idNumber: person.idHash, phone: person.phoneHash });

  await saveWalkIn(deps, person);
  let booking: BookingDoc;
  try {
    ({ booking } = await bookFirstCome(
      deps,
      owner,
      rid,
      { slotId: slot._id, attendeeIds: [person._id] },
      { requestHash, desk, purpose: 'desk' },
    ));
  } catch (e) {
    // A refusal wrote no booking (nor claims, nor places); after an unknown failure the record stays,
    // since the booking may have been written and a retry will finish it.
    if (e instanceof AppError) await forgetWalkIn(deps, person, rid);
    throw e;
  }
  // The audit names the booking, never the person: no name, phone or ID number in the detail.
  record({
    venueId: booking.venueId,
    target: booking._id,
    detail: { slotId: booking.slotId, ...(input.company ? { company: input.company } : {}) },
  });
  return deskBookingView(deps, booking as DeskBooking, deps.clock());
};

export const getDeskBooking: Handler<'desk.booking'> = async ({ deps, roles }, input) => {
  const booking = requireDeskBookingOf(roles, await findBooking(deps.db, input.bookingId), input.bookingId);
  return deskBookingView(deps, booking, deps.clock());
};

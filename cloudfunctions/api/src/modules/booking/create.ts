// booking.create, first come first served. Steps:
//   1. read the slot, the caller's attendees (NOT_FOUND for anything not theirs), the resource, blocks;
//   2. check the policy (assertEligible);
//   3. a full slot is refused by reading alone: the claims are read (one query) only to give a
//      DUPLICATE_BOOKING or LIMIT_EXCEEDED first where api.md's order wants it, and SLOT_FULL otherwise;
//   4. claim each attendee's ID number and the account's places for the resource and day;
//   5. take the places with one conditional atomic update, keyed by the booking's holding;
//   6. write the booking, its id derived from the request.
// Idempotent by itself, without a requests record (that would be two writes on every call, refusals
// included): every write is keyed by the request — the claims by the booking's id, the places by the
// holding key, the booking by its id — so a repeat, or a write whose answer was lost and is sent again,
// finds its own work and finishes it. A refusal writes nothing, so repeating it simply asks again.
// The steps are `bookFirstCome`, run for an owner: the caller here, a walk-in's synthetic account for
// desk.book (modules/desk/book.ts), so both are held to the same claims, places, blocks and windows.
import { AppError, stateError } from '@shared/errors';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { isDuplicateKey } from '../../db/errors';
import { retryOnce } from '../../db/retry';
import { derivedId } from '../../lib/ids';
import { hashPayload } from '../../idempotency';
import { bookingVenue } from '../catalog/repository';
import { sendNotice } from '../notice/send';
import { newBooking } from './build';
import { bookingWants, hasEnded, holderOf, readClaims, takeClaims } from './claims';
import { eligibleRequest, type Purpose } from './eligibility';
import { noticeData } from './noticeData';
import { holdingKey, slotFull, untakeHolding } from './places';
import { chooseSeats, seated, seatIdsOf, takePlaces, type SeatRequest } from './seating';
import { bookingView } from './view';
import { bookInterval } from '../interval/book';
import { orderLines } from '../order/build';

/** The booking a request of `owner` writes: a repeat of the request finds it. */
export const bookingIdOf = (owner: string, requestId: string): string => derivedId('b', owner, requestId);

/** What a caller of the booking flow adds to the booking it writes. */
export interface BookingExtras {
  /** What the request asked for: a requestId reused for anything else is a CONFLICT. */
  requestHash: string;
  /** The desk note of a booking made by staff for a walk-in (modules/desk/book.ts). */
  desk?: BookingDoc['desk'];
  /** Whose window applies (the desk sells until the start). */
  purpose?: Extract<Purpose, 'book' | 'desk'>;
}

/**
 * The booking flow above, for `owner`'s attendees: booking.create's (the owner is the caller) and
 * desk.book's (the owner is a walk-in's synthetic account). Sends nothing: the notice is the caller's.
 * Returns the booking as stored — this request's, or an earlier delivery's — and the instant it used.
 */
export async function bookFirstCome(
  deps: Deps,
  owner: string,
  requestId: string,
  input: { slotId: string; attendeeIds: string[]; ticketTypes?: Record<string, string> } & SeatRequest,
  extras: BookingExtras,
): Promise<{ booking: BookingDoc; now: number }> {
  const { db } = deps;
  const bookingId = bookingIdOf(owner, requestId);
  const { requestHash } = extras;
  const holder = holderOf(bookingId);
  const { slot, attendees, resource, policy, now } = await eligibleRequest(deps, owner, input, extras.purpose);
  const wants = bookingWants(attendees, owner, resource._id, slot.date, policy);
  if ((policy.pricing || resource.seatMap) && extras.purpose === 'desk')
    throw stateError('paid_ticket', '售票与选座的项目暂不支持代订');
  // An unknown ticket type or seat is refused here, before anything is taken.
  if (policy.pricing) orderLines(policy.pricing, slot, attendees, input.ticketTypes ?? {});
  const chosen = await chooseSeats(deps, resource, slot, attendees, input);

  if (slot.remaining < attendees.length) {
    const { refusal, ours } = await readClaims(deps, wants, holder);
    if (refusal) throw refusal;
    // Claims held under this very booking: an earlier delivery of the request got that far. Finish it.
    if (!ours) throw slotFull(slot);
  }
  const claims = await takeClaims(deps, wants, holder, policy);
  const key = holdingKey({ _id: bookingId, moves: 0 });
  const seating = await takePlaces(deps, { resource, slot, attendees, key, request: input }, chosen).catch(
    async (e: unknown) => {
      await claims.undo();
      throw e;
    },
  );
  // Read only once the place is ours: the many losers of a rush skip it.
  const venue = await bookingVenue(db, slot.venueId);
  const fresh: BookingDoc = {
    ...newBooking({
      id: bookingId,
      openid: owner,
      slot,
      resource,
      venueName: venue?.name ?? '',
      policy,
      attendees: seated(attendees, seating),
      claimIds: claims.ids,
      now,
      desk: extras.desk,
      ticketTypes: input.ticketTypes,
    }),
    requestHash,
  };
  let booking = fresh;
  try {
    await retryOnce(() => db.collection(COLLECTIONS.bookings).add({ data: fresh }));
  } catch (e) {
    if (!isDuplicateKey(e)) {
      await untakeHolding(db, slot._id, attendees.length, key, seatIdsOf(seating));
      await claims.undo();
      throw e;
    }
    // Written by an earlier delivery of this request (or by this one, its answer lost): that is the answer.
    booking = (await db.collection(COLLECTIONS.bookings).doc(bookingId).get()).data as BookingDoc;
    const conflict = booking.requestHash !== undefined && booking.requestHash !== requestHash;
    // Claims this call had to insert are not the booking's own if it has ended or is another's.
    if (conflict || hasEnded(booking)) await claims.undo();
    if (conflict) {
      // The requestId was used for another booking: give back what this call took on another slot.
      if (booking.slotId !== slot._id) await untakeHolding(db, slot._id, attendees.length, key, seatIdsOf(seating));
      throw new AppError('CONFLICT', { requestId }, '该请求编号已用于另一操作');
    }
  }
  return { booking, now };
}

export const createBooking: Handler<'booking.create'> = async ({ deps, openid, requestId }, input) => {
  const requestHash = hashPayload('booking.create', input);
  const { booking, now } =
    input.kind === 'interval'
      ? await bookInterval(deps, openid, bookingIdOf(openid, requestId ?? ''), input, requestHash)
      : await bookFirstCome(deps, openid, requestId ?? '', input, { requestHash });
  // A ticket waiting for its payment is told of when the payment confirms it (modules/order/carryOut.ts).
  if (booking.status !== 'pending_payment') await sendNotice(deps, openid, 'booked', noticeData(booking), booking._id);
  return bookingView(booking, now);
};

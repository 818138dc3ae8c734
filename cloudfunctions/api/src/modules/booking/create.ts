// booking.create, first come first served. Steps, each undone if a later one refuses:
//   1. read slot, the caller's attendees (NOT_FOUND for anything not theirs) and the resource;
//   2. check the policy (assertEligible);
//   3. claim each attendee's ID number for the resource and day (DUPLICATE_BOOKING);
//   4. take the places with one conditional atomic update (SLOT_FULL);
//   5. write the booking, its id derived from the request so a retry cannot write a second one.
// If the process dies between 4 and 5 the places stay taken without a booking: the slot can
// undersell, never oversell. That window is a few milliseconds wide and accepted.
import { AppError } from '@shared/errors';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import { isDuplicateKey } from '../../db/errors';
import { derivedId } from '../../lib/ids';
import { findVenue } from '../catalog/repository';
import { notify } from '../notice/notify';
import { newBooking } from './build';
import { dayClaims, releaseClaims, takeClaims } from './claims';
import { eligibleRequest } from './eligibility';
import { noticeData } from './noticeData';
import { takePlaces, untakePlaces } from './places';
import { requireOwnBooking } from './repository';
import { bookingView } from './view';

export const createBooking: Handler<'booking.create'> = async ({ deps, openid, requestId }, input) => {
  const { db } = deps;
  const { slot, attendees, resource, policy, now } = await eligibleRequest(deps, openid, input);

  const bookingId = derivedId('b', openid, requestId ?? '');
  const claimIds = await takeClaims(deps, attendees, dayClaims(resource._id, slot.date, policy.perIdPerDay), bookingId);
  if (!(await takePlaces(db, slot._id, attendees.length))) {
    await releaseClaims(deps, claimIds);
    throw new AppError('SLOT_FULL', { remaining: 0, waiting: slot.waiting }, '该时段已约满，可加入候补');
  }
  // Read only once the place is ours: the many losers of a rush skip it.
  const venue = await findVenue(db, slot.venueId);
  const booking = newBooking({ id: bookingId, openid, slot, resource, venueName: venue?.name ?? '', policy, attendees, claimIds, now });
  try {
    await db.collection(COLLECTIONS.bookings).add({ data: booking });
  } catch (e) {
    await untakePlaces(db, slot._id, attendees.length);
    // Written by an earlier delivery of this very request: that booking is the answer.
    if (isDuplicateKey(e)) return bookingView(await requireOwnBooking(db, openid, bookingId), now);
    await releaseClaims(deps, claimIds);
    throw e;
  }
  await notify(deps, openid, 'booked', noticeData(booking), booking._id);
  return bookingView(booking, now);
};

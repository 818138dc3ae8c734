// The walk-in's attendee record: written before the booking flow, which reads the owner's attendees
// like any account's, and taken away again when the flow refuses, so a person who was not booked
// leaves no personal data behind.
import type { AttendeeDoc } from '../../db/docs';
import { COLLECTIONS } from '../../db/schema';
import { isDuplicateKey } from '../../db/errors';
import { retryOnce } from '../../db/retry';
import type { Deps } from '../../deps';
import { findBooking } from '../booking/repository';
import { bookingIdOf } from '../booking/create';

/** Writes it; already there (an earlier delivery, or this insert's lost answer sent again) is fine. */
export async function saveWalkIn(deps: Deps, person: AttendeeDoc): Promise<void> {
  try {
    await retryOnce(() => deps.db.collection(COLLECTIONS.attendees).add({ data: person }));
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
  }
}

/**
 * After a refusal: removes the record unless this request's booking holds the person. A refusal can
 * meet a booking only as CONFLICT (the requestId reused for another payload after the requests record
 * was purged); when that booking is of the same person it keeps its record. No other delivery of the
 * request runs meanwhile: the requests record lets one run at a time.
 */
export async function forgetWalkIn(deps: Deps, person: AttendeeDoc, requestId: string): Promise<void> {
  try {
    const booking = await findBooking(deps.db, bookingIdOf(person.openid, requestId));
    if (booking?.attendees.some((a) => a.id === person._id)) return;
    await deps.db.collection(COLLECTIONS.attendees).doc(person._id).remove();
  } catch (e) {
    // The refusal is the answer; a record left behind is referenced by nothing and holds no place.
    deps.log.error('walk-in record not removed', { attendeeId: person._id, error: String(e) });
  }
}

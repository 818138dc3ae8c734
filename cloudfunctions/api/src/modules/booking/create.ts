// booking.create, first come first served. Steps, each undone if a later one refuses:
//   1. read slot, resource and the caller's attendees (NOT_FOUND for anything not theirs);
//   2. check the policy (assertBookable);
//   3. claim each attendee's ID number for the resource and day (DUPLICATE_BOOKING);
//   4. take the places with one conditional atomic update (SLOT_FULL);
//   5. write the booking, its id derived from the request so a retry cannot write a second one.
// If the process dies between 4 and 5 the places stay taken without a booking: the slot can
// undersell, never oversell. That window is a few milliseconds wide and accepted.
import { AppError } from '@shared/errors';
import { cancelDeadline, resolvePolicy } from '@shared/rules/policy';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import { derivedId } from '../../lib/ids';
import { findOwnAttendees } from '../attendee/repository';
import { findSlot, findVenue, requireResource } from '../catalog/repository';
import { releaseClaims, takeClaims } from './claims';
import { assertBookable } from './eligibility';
import { releasePlaces, takePlaces } from './places';
import { requireOwnBooking } from './repository';
import { bookingView } from './view';

export const createBooking: Handler<'booking.create'> = async ({ deps, openid, requestId }, input) => {
  const { db } = deps;
  const [slot, attendees] = await Promise.all([
    findSlot(db, input.slotId),
    findOwnAttendees(db, openid, input.attendeeIds),
  ]);
  if (!slot) throw new AppError('NOT_FOUND', { slotId: input.slotId }, '未找到该时段');
  if (attendees.length !== input.attendeeIds.length) {
    const missing = input.attendeeIds.filter((id) => !attendees.some((a) => a._id === id));
    throw new AppError('NOT_FOUND', { attendeeIds: missing }, '未找到所选参观人，请刷新后重试');
  }
  const resource = await requireResource(db, slot.resourceId);
  const policy = resolvePolicy(resource.policy);
  const now = deps.clock();
  assertBookable(slot, resource, policy, attendees.length, now);

  const bookingId = derivedId('b', openid, requestId ?? '');
  const ordered = input.attendeeIds.map((id) => attendees.find((a) => a._id === id)!);
  const claimIds = await takeClaims(deps, ordered, resource._id, slot.date, policy.perIdPerDay, bookingId);
  if (!(await takePlaces(db, slot._id, ordered.length))) {
    await releaseClaims(deps, claimIds);
    throw new AppError('SLOT_FULL', { remaining: 0 });
  }
  // Read only once the place is ours: the many losers of a rush skip it.
  const venue = await findVenue(db, slot.venueId);

  const booking: BookingDoc = {
    _id: bookingId,
    openid,
    slotId: slot._id,
    resourceId: resource._id,
    venueId: slot.venueId,
    resourceName: resource.name,
    venueName: venue?.name ?? '',
    ...(resource.location ? { location: resource.location } : {}),
    date: slot.date,
    start: slot.start,
    end: slot.end,
    status: policy.requiresApproval ? 'pending_approval' : 'confirmed',
    attendees: ordered.map((a) => ({ id: a._id, name: a.name, idMasked: a.idMasked, idHash: a.idHash, phoneHash: a.phoneHash })),
    claimIds,
    cancelDeadline: cancelDeadline(slot, policy),
    createdAt: now,
    updatedAt: now,
  };
  try {
    await db.collection(COLLECTIONS.bookings).add({ data: booking });
  } catch (e) {
    await releasePlaces(db, slot._id, ordered.length);
    // Written by an earlier delivery of this very request: that booking is the answer.
    if (isDuplicateKey(e)) return bookingView(await requireOwnBooking(db, openid, bookingId), now);
    await releaseClaims(deps, claimIds);
    throw e;
  }
  return bookingView(booking, now);
};

// booking.create on a resource booked by the hour (seed 004). Steps:
//   1. read the resource (NOT_FOUND), check it is booked by the hour, read the caller's attendees
//      (real-name resources) or their profile (a colleague books as themselves);
//   2. check the range against the rules (INVALID_INPUT for its shape and the opening hours, then
//      INVALID_STATE for a day the venue closed, BLOCKED, then the window SLOT_NOT_OPEN /
//      BOOKING_CLOSED, then LIMIT_EXCEEDED for the party);
//   3. claim each attendee's ID number for the resource and day (real-name resources only);
//   4. reserve the range in the resource's day ledger (modules/interval/dayLedger.ts decides: no two
//      reservations overlap on one unit, none on a closed day), or refuse with SLOT_FULL and the offers
//      (offers.ts);
//   5. write the booking, its id derived from the request.
// Idempotent by itself like the slot flow (booking/create.ts): the claims, the reservation and the
// booking are all keyed by the booking's id, so a repeat finds its own work and finishes it. The
// booking is looked up first only to answer a repeat at once; it decides nothing about the room.
import { AppError, stateError } from '@shared/errors';
import type { IntervalBookingInput } from '@shared/contract';
import { cancelDeadline, changeDeadline, checkinOpensAt, resolvePolicy, type Policy } from '@shared/rules/policy';
import {
  intervalProblem,
  intervalRules,
  type IntervalProblem,
  type IntervalRules,
  type Range,
} from '@shared/rules/interval';
import { dateOf } from '@shared/time';
import { COLLECTIONS } from '../../db/schema';
import type { BookingAttendee, BookingDoc, ResourceDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { isDuplicateKey } from '../../db/errors';
import { retryOnce } from '../../db/retry';
import { requireOwnAttendees } from '../attendee/repository';
import { bookingResource, bookingVenue } from '../catalog/repository';
import { assertNotBlocked } from '../credit/assertNotBlocked';
import { loadUser } from '../user/roles';
import { bookingWants, holderOf, readClaims, takeClaims } from '../booking/claims';
import { assertDayOpen, ledgerId, releaseReservation, reserve, type Reservation } from './dayLedger';
import { intervalOffers } from './offers';

/** Who takes the booking: named attendees on a real-name resource, else the customer or the caller themselves. */
async function whoBooks(
  deps: Deps,
  owner: string,
  input: IntervalBookingInput,
  policy: Policy,
  customer?: BookingDoc['booker'],
) {
  if (policy.realName) {
    if (input.attendeeIds.length === 0) throw invalid('attendeeIds', '请选择参观人');
    return { attendees: await requireOwnAttendees(deps.db, owner, input.attendeeIds) };
  }
  if (input.attendeeIds.length > 0) throw invalid('attendeeIds', '该项目无需登记参观人，以本人名义预约');
  if (customer) return { attendees: [] as BookingAttendee[], booker: customer };
  const profile = (await loadUser(deps.db, owner))?.profile;
  if (!profile?.name) throw stateError('profile_missing', '请先在“我的 → 个人资料”填写姓名和电话');
  const booker: BookingDoc['booker'] = {
    name: profile.name,
    ...(profile.phoneMasked ? { phoneMasked: profile.phoneMasked } : {}),
    ...(profile.department ? { department: profile.department } : {}),
  };
  return { attendees: [] as BookingAttendee[], booker };
}

const invalid = (path: string, message: string, reason?: string) =>
  new AppError(
    'INVALID_INPUT',
    { fields: [{ path: `data.${path}`, message }], ...(reason ? { reason } : {}) },
    message,
  );

/** A range's refusal by its shape or opening hours, under the field it concerns. */
export function shapeRefusal(problem: IntervalProblem): AppError {
  const field = problem.reason === 'not_after_start' || problem.reason === 'too_long' ? 'end' : 'start';
  return invalid(field, problem.message, problem.reason);
}

/** The range's refusals by the rules, in api.md's order around the block check. */
async function assertBookable(
  deps: Deps,
  resource: ResourceDoc,
  policy: Policy,
  rules: IntervalRules,
  range: Range,
  party: { attendees: BookingAttendee[]; headcount: number },
  now: number,
) {
  const problem = intervalProblem(range, rules, now);
  if (problem?.code === 'INVALID_INPUT') throw shapeRefusal(problem);
  await assertDayOpen(deps, resource._id, dateOf(range.start));
  await assertNotBlocked(deps, party.attendees, resource.venueId);
  if (problem) throw new AppError(problem.code, { reason: problem.reason }, problem.message);
  const seats = policy.interval.capacity;
  if (party.headcount > seats) throw new AppError('LIMIT_EXCEEDED', { max: seats }, `最多可容纳${seats}人`);
  const max = policy.maxAttendees;
  if (party.attendees.length > max) throw new AppError('LIMIT_EXCEEDED', { max }, `每次最多预约${max}人`);
}

/** The range-dependent fields of a booking by the hour: what a change rewrites. */
export function rangeFields(resourceId: string, range: Range, policy: Policy) {
  const date = dateOf(range.start);
  return {
    slotId: ledgerId(resourceId, date),
    date,
    start: range.start,
    end: range.end,
    cancelDeadline: cancelDeadline(range, policy),
    changeDeadline: changeDeadline(range, policy),
    checkinOpensAt: checkinOpensAt(range, policy),
  };
}

function intervalBooking(args: {
  id: string;
  owner: string;
  resource: ResourceDoc;
  venueName: string;
  policy: Policy;
  reservation: Reservation;
  input: IntervalBookingInput;
  who: { attendees: BookingAttendee[]; booker?: BookingDoc['booker'] };
  claimIds: string[];
  requestHash: string;
  now: number;
}): BookingDoc {
  const { id, owner, resource, venueName, policy, reservation, input, who, claimIds, requestHash, now } = args;
  const times = { start: reservation.start, end: reservation.end };
  return {
    _id: id,
    openid: owner,
    resourceId: resource._id,
    venueId: resource.venueId,
    resourceName: resource.name,
    venueName,
    ...(resource.location ? { location: resource.location } : {}),
    ...rangeFields(resource._id, times, policy),
    status: policy.requiresApproval ? 'pending_approval' : 'confirmed',
    attendees: who.attendees,
    ...(who.booker ? { booker: who.booker } : {}),
    interval: {
      unit: reservation.unit,
      purpose: input.purpose,
      headcount: input.headcount,
      ...(resource.kind === 'equipment' ? { equipment: true } : {}),
    },
    claimIds,
    moves: 0,
    requestHash,
    createdAt: now,
    updatedAt: now,
  };
}

/** The booking of `bookingId` if written (a repeat of the request), CONFLICT if another request's. */
async function earlierDelivery(deps: Deps, bookingId: string, requestHash: string): Promise<BookingDoc | null> {
  const { data } = await deps.db.collection(COLLECTIONS.bookings).doc(bookingId).get();
  const booking = (data as BookingDoc | null) ?? null;
  if (booking && booking.requestHash !== requestHash)
    throw new AppError('CONFLICT', { bookingId }, '该请求编号已用于另一操作');
  return booking;
}

/** What customer service adds when it books for a customer (modules/desk/bookRange.ts). */
export interface CustomerBooking {
  desk: NonNullable<BookingDoc['desk']>;
  /** The customer, where the resource names no attendees. */
  booker: NonNullable<BookingDoc['booker']>;
}

/**
 * The rules a request is held to: a customer booked by customer service may book further ahead
 * (seed 004 serves customers first: 优先保障客户的预约需求).
 */
export function rulesFor(policy: Policy, customer: boolean): IntervalRules {
  const rules = intervalRules(policy);
  return customer ? { ...rules, opensDaysBefore: rules.opensDaysBefore + policy.interval.customerExtraDays } : rules;
}

export async function bookInterval(
  deps: Deps,
  owner: string,
  bookingId: string,
  input: IntervalBookingInput,
  requestHash: string,
  customer?: CustomerBooking,
): Promise<{ booking: BookingDoc; now: number }> {
  const now = deps.clock();
  const repeat = await earlierDelivery(deps, bookingId, requestHash);
  if (repeat) return { booking: repeat, now };
  const resource = await bookingResource(deps.db, input.resourceId);
  if (resource.mode !== 'interval') throw stateError('not_interval', '该项目按时段预约，请选择时段');
  const policy = resolvePolicy(resource.policy);
  const who = await whoBooks(deps, owner, input, policy, customer?.booker);
  const range = { start: input.start, end: input.end };
  const rules = rulesFor(policy, customer !== undefined);
  const party = { attendees: who.attendees, headcount: input.headcount };
  await assertBookable(deps, resource, policy, rules, range, party, now);

  const holder = holderOf(bookingId);
  // A room is held by its range, not by places: only the per-person limit applies (real-name resources).
  const wants = bookingWants(who.attendees, owner, resource._id, dateOf(range.start), policy).filter(
    (w) => w.refusal === 'person',
  );
  if (wants.length > 0) {
    const { refusal } = await readClaims(deps, wants, holder);
    if (refusal) throw refusal;
  }
  const claims = await takeClaims(deps, wants, holder);
  const unit = { _id: resource._id, quantity: policy.interval.quantity };
  const held = await reserve(deps, unit, rules, bookingId, range).catch(async (e: unknown) => {
    await claims.undo();
    throw e;
  });
  if (!held.ok) {
    await claims.undo();
    const alternatives = await intervalOffers(deps, resource, range, input.headcount, now);
    throw new AppError('SLOT_FULL', { alternatives }, '该时间已被预约，可选择其他时间或场地');
  }
  const venue = await bookingVenue(deps.db, resource.venueId);
  const fresh = intervalBooking({
    id: bookingId,
    owner,
    resource,
    venueName: venue?.name ?? '',
    policy,
    reservation: held.reservation,
    input,
    who,
    claimIds: claims.ids,
    requestHash,
    now,
  });
  if (customer) fresh.desk = customer.desk;
  return { booking: await writeBooking(deps, fresh, claims.undo), now };
}

/**
 * Writes the booking; a duplicate is an earlier delivery's (the answer). When the write fails outright
 * the reservation and claims are given back only once it is certain the booking is not there: a write
 * whose answer was lost may have applied, and giving its room away would let two people hold it. If
 * even that cannot be read, both stay, and the request's retry (same requestId) finishes the booking.
 */
async function writeBooking(deps: Deps, fresh: BookingDoc, undoClaims: () => Promise<void>): Promise<BookingDoc> {
  const bookings = deps.db.collection(COLLECTIONS.bookings);
  try {
    await retryOnce(() => bookings.add({ data: fresh }));
    return fresh;
  } catch (e) {
    const stored = (await bookings.doc(fresh._id).get()).data as BookingDoc | null;
    if (stored) {
      if (stored.requestHash !== fresh.requestHash)
        throw new AppError('CONFLICT', { bookingId: fresh._id }, '该请求编号已用于另一操作');
      return stored;
    }
    if (isDuplicateKey(e)) throw e;
    await releaseReservation(deps, fresh.resourceId, fresh.date, fresh._id);
    await undoClaims();
    throw e;
  }
}

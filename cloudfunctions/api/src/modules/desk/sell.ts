// desk.sell, the ticket window (seed 001): staff sell tickets to walk-ins, paid there in cash or on the
// venue's own card terminal and recorded as such. No one's identity is taken: each ticket is an anonymous
// line (散客1, 散客2 …) of an order paid as it is made, owned by a walk-in account no one signs in as
// (access.ts), so the sale is a desk booking: its pass is shown on the staff phone (desk.booking,
// checkin.token) and checked in at the gate like any ticket.
//
// The places, and the seats of a seated session, are taken by the one conditional update every booking
// uses (booking/seating.ts): the window and the app sell the same seats without overselling. The
// booking's id derives from (staff, requestId), and everything is keyed by it, so a repeat (the router's
// requests record replays a finished one) finds its own work.
import { grantsRole } from '@shared/contract';
import { AppError, stateError } from '@shared/errors';
import { resolvePolicy } from '@shared/rules/policy';
import type { Handler } from '../../context';
import type { BookingAttendee, BookingDoc } from '../../db/docs';
import { COLLECTIONS } from '../../db/schema';
import { isDuplicateKey } from '../../db/errors';
import { retryOnce } from '../../db/retry';
import { derivedId } from '../../lib/ids';
import { newBooking } from '../booking/build';
import { bookingIdOf } from '../booking/create';
import { assertWindowAndSize, assertSlotUsable } from '../booking/eligibility';
import { holdingKey, untakeHolding } from '../booking/places';
import { chooseSeats, seated, seatIdsOf, takePlaces } from '../booking/seating';
import { bookingResource, bookingVenue, requireSlot } from '../catalog/repository';
import { orderLines } from '../order/build';
import { deskOwner, type DeskBooking } from './access';
import { deskBookingView } from './view';

export const sellAtDesk: Handler<'desk.sell'> = async ({ deps, openid, roles, requestId, record }, input) => {
  const { db } = deps;
  const slot = await requireSlot(db, input.slotId);
  if (!grantsRole(roles, 'staff', slot.venueId))
    throw new AppError('FORBIDDEN', { venueId: slot.venueId }, '只能出售本场馆的票');
  const resource = await bookingResource(db, slot.resourceId);
  const policy = resolvePolicy(resource.policy);
  if (!policy.pricing) throw stateError('not_paid_ticket', '该项目免费，请使用代客预约');
  const owner = deskOwner(openid, requestId ?? '');
  const bookingId = bookingIdOf(owner, requestId ?? '');
  const now = deps.clock();

  const attendees: BookingAttendee[] = input.tickets.map((_, i) => ({
    id: `t${i + 1}`,
    name: `散客${i + 1}`,
    idMasked: '',
    idHash: derivedId('t', bookingId, String(i)),
    phoneHash: '',
  }));
  const e = { slot, resource, policy, people: attendees, now, purpose: 'desk' as const };
  assertSlotUsable(e);
  assertWindowAndSize(e);
  const ticketTypes = Object.fromEntries(input.tickets.map((t, i) => [attendees[i].id, t.ticketTypeId]));
  orderLines(policy.pricing, slot, attendees, ticketTypes);
  const request = resource.seatMap
    ? input.bestSeats
      ? { bestSeats: true as const }
      : { seats: Object.fromEntries(input.tickets.flatMap((t, i) => (t.seatId ? [[attendees[i].id, t.seatId]] : []))) }
    : {};
  const chosen = await chooseSeats(deps, resource, slot, attendees, request);
  const key = holdingKey({ _id: bookingId, moves: 0 });
  const seating = await takePlaces(deps, { resource, slot, attendees, key, request }, chosen);
  const venue = await bookingVenue(db, slot.venueId);
  const booking = newBooking({
    id: bookingId,
    openid: owner,
    slot,
    resource,
    venueName: venue?.name ?? '',
    policy,
    attendees: seated(attendees, seating),
    claimIds: [],
    now,
    desk: { name: `窗口售票（${input.tickets.length}张）`, bookedBy: openid },
    ticketTypes,
    sale: { method: input.method, by: openid, ...(input.reference ? { reference: input.reference } : {}) },
  });
  try {
    await retryOnce(() => db.collection(COLLECTIONS.bookings).add({ data: booking }));
  } catch (err) {
    if (!isDuplicateKey(err)) {
      await untakeHolding(db, slot._id, attendees.length, key, seatIdsOf(seating));
      throw err;
    }
  }
  const stored = (await db.collection(COLLECTIONS.bookings).doc(bookingId).get()).data as BookingDoc;
  record({
    venueId: stored.venueId,
    target: stored._id,
    detail: { tickets: input.tickets.length, fen: stored.order?.totalFen, method: input.method },
  });
  return deskBookingView(deps, stored as DeskBooking, deps.clock());
};

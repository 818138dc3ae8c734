// An event from WeChat Pay or the timer applied to a booking's order: rules/order.ts decides, one
// conditional update on the booking (its status, moves and the order's version) stores the order and
// the booking's own state together, then the effects are carried out. Of two events at the same moment
// (a notification delivered twice, the expiry job and a late payment) one update applies; the other
// reads again and asks the rule again, which answers a repeat with nothing to do.
import type { OrderEvent } from '@shared/rules/order';
import { isStateError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { settleRelease } from '../booking/release';
import { pendingRelease, transition } from '../booking/transition';
import { carryOut } from './carryOut';
import { hasEffect, orderChange, type OrderChange } from './change';

const ATTEMPTS = 4;

/**
 * The booking's own change with the order's: a payment confirms it; places given back end a ticket still
 * waiting for its payment (expired: the hold ran out, or a payment came that could not confirm it).
 */
function bookingPatch(booking: BookingDoc, change: OrderChange, now: number): Partial<BookingDoc> {
  if (hasEffect(change, 'confirm_booking')) return { order: change.order, status: 'confirmed' };
  if (hasEffect(change, 'release_places') && booking.status === 'pending_payment')
    return { order: change.order, status: 'expired', release: pendingRelease(booking, now) };
  return { order: change.order };
}

/** Applies `event` to the order of the booking `bookingId`; answers the booking as it then is (null: none). */
export async function applyOrderEvent(deps: Deps, bookingId: string, event: OrderEvent): Promise<BookingDoc | null> {
  const bookings = deps.db.collection(COLLECTIONS.bookings);
  for (let attempt = 1; ; attempt++) {
    const booking = (await bookings.doc(bookingId).get()).data as BookingDoc | null;
    if (!booking?.order) return booking;
    const now = deps.clock();
    const change = orderChange(booking.order, event, now);
    if (!change) return booking;
    try {
      const patch = bookingPatch(booking, change, now);
      const next = await transition(deps, booking, patch, undefined, { 'order.version': booking.order.version });
      if (next.release && patch.release) await settleRelease(deps, next._id, next.release);
      await carryOut(deps, next, change.effects);
      return next;
    } catch (e) {
      if (!isStateError(e, 'changed_meanwhile') || attempt === ATTEMPTS) throw e;
    }
  }
}

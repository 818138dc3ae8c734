// booking.cancel with `attendeeIds`: some tickets of a paid group order given back, the others kept (seed
// 001's partial refunds). One conditional update (status, moves and the order's version unchanged since
// read) takes those attendees off the booking, refunds their lines by the rule (rules/order.ts
// cancel_tickets) and records what to give back: their places, seats and claims, under a key of their own
// (the holding's key and the refund's number), so the release is keyed like any other and the booking's
// own later release gives back exactly the places still held. Two cancels of the same tickets at once:
// one applies; the other finds them gone (or, the same request delivered twice, its own change made).
import { AppError, stateError } from '@shared/errors';
import type { BookingDoc, PendingRelease } from '../../db/docs';
import type { Deps } from '../../deps';
import { orderChange } from '../order/change';
import { settleCancelledOrder } from '../order/settle';
import { completeRelease, settleRelease } from './release';
import { findBooking } from './repository';
import { claimToken, isRepeat, seatsOfBooking, transition } from './transition';
import { holdingKey } from './places';
import { bookingView } from './view';

/** The claims `gone` held: each one's own claims, and as many of the account's places as they took. */
function claimsOf(booking: BookingDoc, gone: BookingDoc['attendees']): string[] {
  const own = booking.claimIds.filter((id) => gone.some((a) => id.startsWith(`${a.idHash}:`)));
  const places = booking.claimIds.filter((id) => id.startsWith('a:')).slice(-gone.length);
  return [...own, ...places];
}

export async function cancelSome(
  deps: Deps,
  found: BookingDoc,
  attendeeIds: string[],
  changeId: string,
): Promise<ReturnType<typeof bookingView>> {
  let booking = found;
  if (isRepeat(booking, changeId)) return finish(deps, booking);
  if (!booking.order?.payment || booking.status !== 'confirmed')
    throw stateError('not_paid_ticket', '只有已支付的门票可以部分退票', { status: booking.status });
  const now = deps.clock();
  if (now >= booking.cancelDeadline) throw new AppError('DEADLINE_PASSED', {}, '已超过可退票时间');
  const gone = booking.attendees.filter((a) => attendeeIds.includes(a.id));
  // A release still pending (one interrupted earlier) is finished first: the booking keeps one at a time.
  if (booking.release) {
    await completeRelease(deps, booking._id, booking.release);
    booking = (await findBooking(deps.db, booking._id)) as BookingDoc;
  }
  const change = orderChange(
    booking.order as NonNullable<BookingDoc['order']>,
    { type: 'cancel_tickets', lineIds: attendeeIds, at: now, byVenue: false },
    now,
  );
  if (!change) throw stateError('changed_meanwhile');
  const claimIds = claimsOf(booking, gone);
  const seats = seatsOfBooking({ attendees: gone });
  const release: PendingRelease = {
    slotId: booking.slotId,
    places: gone.length,
    key: `${holdingKey(booking)}-${change.order.refunds.at(-1)?.outRefundNo ?? changeId}`,
    ...(seats.length ? { seats } : {}),
    claimIds,
    claimHolder: claimToken(booking),
    at: now,
  };
  const patch: Partial<BookingDoc> = {
    attendees: booking.attendees.filter((a) => !attendeeIds.includes(a.id)),
    cancelledAttendees: [...(booking.cancelledAttendees ?? []), ...gone],
    claimIds: booking.claimIds.filter((id) => !claimIds.includes(id)),
    release,
    order: change.order,
  };
  const guard = { 'order.version': booking.order?.version };
  return finish(deps, await transition(deps, booking, patch, changeId, guard));
}

async function finish(deps: Deps, booking: BookingDoc) {
  if (booking.release) await settleRelease(deps, booking._id, booking.release);
  await settleCancelledOrder(deps, booking);
  return bookingView({ ...booking, release: undefined }, deps.clock());
}

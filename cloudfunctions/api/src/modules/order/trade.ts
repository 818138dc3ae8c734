// What WeChat Pay says of a trade, applied to its order: the only way a payment reaches an order. A
// notification, the visitor's return from the payment sheet and the expiry job all come here, and none
// is trusted by itself: the trade is asked (queryOrder) and its answer is the event.
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { applyOrderEvent } from './apply';
import { closeTrade, paidTrade } from './wechatPay';

/** Applies the trade's payment, if WeChat has one; the booking as it then is. */
export async function checkTrade(deps: Deps, booking: BookingDoc): Promise<BookingDoc> {
  if (!booking.order) return booking;
  const paid = await paidTrade(deps, booking.order);
  if (!paid) return booking;
  return (
    (await applyOrderEvent(deps, booking._id, { type: 'paid_notified', totalFen: paid.fen, at: paid.at })) ?? booking
  );
}

/**
 * A hold that ran out. The trade is closed first, so no payment can land after the question; then a
 * payment made meanwhile applies (it confirms the ticket if it was made within the hold, and is refunded
 * if not), and otherwise the hold expires and the places go back. A question WeChat does not answer
 * throws: the ticket stays held and the job asks again, rather than release places perhaps paid for.
 */
export async function settleHold(deps: Deps, booking: BookingDoc): Promise<BookingDoc> {
  if (!booking.order) return booking;
  await closeTrade(deps, booking.order);
  const checked = await checkTrade(deps, booking);
  if (checked.status !== 'pending_payment') return checked;
  return (await applyOrderEvent(deps, booking._id, { type: 'hold_expired', at: deps.clock() })) ?? checked;
}

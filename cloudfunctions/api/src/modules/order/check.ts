// order.check: the visitor is back from the payment sheet. WeChat's notification may lag (or never
// come), so the trade is asked now and its payment applied: the ticket shows confirmed at once.
import { stateError } from '@shared/errors';
import type { Handler } from '../../context';
import { requireOwnBooking } from '../booking/repository';
import { bookingView } from '../booking/view';
import { checkTrade } from './trade';

export const checkOrder: Handler<'order.check'> = async ({ deps, openid }, { bookingId }) => {
  const booking = await requireOwnBooking(deps.db, openid, bookingId);
  if (!booking.order) throw stateError('not_paid_ticket', '该预约无需支付');
  const after = booking.status === 'pending_payment' ? await checkTrade(deps, booking) : booking;
  return bookingView(after, deps.clock());
};

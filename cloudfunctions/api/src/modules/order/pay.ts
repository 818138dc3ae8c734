// order.pay: wx.requestPayment's parameters for a ticket waiting for its payment. The trade's number is
// the order's, and its terms are the order's, so asking again (a second tap, a retry after a lost answer)
// gets WeChat's same prepay and never a second trade. A hold already over is settled first.
import { stateError } from '@shared/errors';
import type { Handler } from '../../context';
import type { BookingDoc } from '../../db/docs';
import { newId } from '../../lib/ids';
import { requireOwnBooking } from '../booking/repository';
import { bookingView } from '../booking/view';
import { checkTrade, settleHold } from './trade';
import { merchantOf } from './wechatPay';

/** What the payer's bill says: the venue, then what was bought (WeChat: 商家名称-销售商品类目, ≤ 128 bytes). */
const tradeBody = (b: BookingDoc) => `${b.venueName}-${b.resourceName}`.slice(0, 40);

export const payOrder: Handler<'order.pay'> = async ({ deps, openid }, { bookingId }) => {
  let booking = await requireOwnBooking(deps.db, openid, bookingId);
  const order = booking.order;
  if (!order) throw stateError('not_paid_ticket', '该预约无需支付');
  if (booking.status === 'pending_payment' && deps.clock() >= order.holdUntil)
    booking = await settleHold(deps, booking);
  if (booking.status !== 'pending_payment') {
    if (booking.status === 'confirmed') return { booking: bookingView(booking, deps.clock()) };
    if (booking.status === 'expired')
      throw stateError('hold_expired', '支付时间已过，名额已释放', { status: booking.status });
    throw stateError('not_awaiting_payment', '该订单当前不能支付', { status: booking.status });
  }
  const { subMchId, envId, functionName } = merchantOf(deps);
  const res = await deps.pay.unifiedOrder({
    body: tradeBody(booking),
    outTradeNo: order.orderNo,
    spbillCreateIp: '127.0.0.1',
    subMchId,
    totalFee: order.totalFen,
    envId,
    functionName,
    subOpenid: booking.openid,
    nonceStr: newId(),
  });
  if (res.returnCode === 'SUCCESS' && res.resultCode === 'SUCCESS' && res.payment) {
    const { timeStamp, nonceStr, package: pkg, signType, paySign } = res.payment;
    const payment = { timeStamp, nonceStr, package: pkg, signType, paySign };
    return { booking: bookingView(booking, deps.clock()), payment };
  }
  // Refused: paid meanwhile (该订单已支付), most likely. WeChat's text is not parsed: the trade is asked.
  const checked = await checkTrade(deps, booking);
  if (checked.status === 'confirmed') return { booking: bookingView(checked, deps.clock()) };
  deps.log.error('unifiedOrder refused', { orderNo: order.orderNo, why: res.errCodeDes ?? res.returnMsg });
  throw stateError('payment_unavailable', '暂时无法发起支付，请稍后再试');
};

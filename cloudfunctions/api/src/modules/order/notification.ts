// WeChat Pay's notifications (支付结果通知, 退款结果通知), delivered to the function with no OPENID (main.ts).
// A notification says which trade or refund to look at, nothing more: the trade or refund is asked and
// WeChat's answer applied (trade.ts), so a forged or stale event changes nothing. Answered `{ errcode: 0 }`
// once handled, also when it names nothing of ours (WeChat would otherwise send it for a day); any
// failure answers otherwise, and WeChat delivers it again.
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { applyOrderEvent } from './apply';
import { checkTrade } from './trade';
import { refundMade } from './wechatPay';

export interface PayNotification {
  returnCode: string;
  outTradeNo: string;
  resultCode?: string;
  outRefundNo?: string;
}

export interface NotificationAnswer {
  errcode: number;
  errmsg: string;
}

/** Whether an OPENID-less event is one of WeChat Pay's notifications (a client payload has an action). */
export function isPayNotification(event: unknown): event is PayNotification {
  if (typeof event !== 'object' || event === null || 'action' in event) return false;
  const e = event as Record<string, unknown>;
  return typeof e.returnCode === 'string' && typeof e.outTradeNo === 'string';
}

export async function onPayNotification(deps: Deps, event: PayNotification): Promise<NotificationAnswer> {
  try {
    const booking = (await deps.db.collection(COLLECTIONS.bookings).doc(event.outTradeNo).get())
      .data as BookingDoc | null;
    if (!booking?.order) {
      deps.log.info('pay notification for no order of ours', { outTradeNo: event.outTradeNo });
    } else if (typeof event.outRefundNo === 'string') {
      if (await refundMade(deps, event.outRefundNo))
        await applyOrderEvent(deps, booking._id, { type: 'refund_notified', outRefundNo: event.outRefundNo });
    } else if (event.resultCode === 'SUCCESS') {
      await checkTrade(deps, booking);
    }
    return { errcode: 0, errmsg: 'OK' };
  } catch (e) {
    deps.log.error('pay notification not handled', {
      outTradeNo: event.outTradeNo,
      error: e instanceof Error ? e.message : String(e),
    });
    return { errcode: 1, errmsg: '处理失败，请重发' };
  }
}

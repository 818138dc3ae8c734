// The order's calls to WeChat Pay (cloud.cloudPay), each safe to repeat: a refund by its outRefundNo,
// a close by the trade. A call that fails (no answer, or WeChat refusing) is logged and left to the
// jobs that look again (jobs/settleRefunds.ts, jobs/expireHolds.ts); the order in the store already says
// what is owed, so nothing is lost by a failure here.
import { stateError } from '@shared/errors';
import { parsePayTime } from '@shared/payTime';
import type { Deps, Merchant } from '../../deps';
import type { OrderDoc, OrderRefundDoc } from '../../db/docs';
import { newId } from '../../lib/ids';

export function merchantOf(deps: Deps): Merchant {
  if (!deps.merchant) throw stateError('pay_not_configured', '场馆尚未开通微信支付');
  return deps.merchant;
}

const failure = (e: unknown) => (e instanceof Error ? e.message : JSON.stringify(e));

/** Asks WeChat for the refund (the same outRefundNo again is that refund again, never a second one). */
export async function askRefund(deps: Deps, order: OrderDoc, refund: OrderRefundDoc): Promise<boolean> {
  // A window sale's money goes back at the window (order/settle.ts), not through WeChat.
  if (order.method !== 'wechat') return false;
  try {
    const { subMchId, envId, functionName } = merchantOf(deps);
    const res = await deps.pay.refund({
      outTradeNo: order.orderNo,
      outRefundNo: refund.outRefundNo,
      totalFee: order.payment?.fen ?? 0,
      refundFee: refund.fen,
      subMchId,
      envId,
      functionName,
      nonceStr: newId(),
      refundDesc: '门票退款',
    });
    if (res.returnCode === 'SUCCESS' && res.resultCode === 'SUCCESS') return true;
    deps.log.error('refund refused', {
      orderNo: order.orderNo,
      outRefundNo: refund.outRefundNo,
      why: res.errCodeDes ?? res.returnMsg,
    });
  } catch (e) {
    deps.log.error('refund left to the job', {
      orderNo: order.orderNo,
      outRefundNo: refund.outRefundNo,
      error: failure(e),
    });
  }
  return false;
}

/** Closes the trade, so that places given back can no longer be paid for. */
export async function closeTrade(deps: Deps, order: OrderDoc): Promise<void> {
  try {
    await deps.pay.closeOrder({ outTradeNo: order.orderNo, subMchId: merchantOf(deps).subMchId, nonceStr: newId() });
  } catch (e) {
    deps.log.error('closeOrder failed', { orderNo: order.orderNo, error: failure(e) });
  }
}

/** What WeChat says was paid for the trade, and when; null while nothing is (or cannot be told). */
export async function paidTrade(deps: Deps, order: OrderDoc): Promise<{ fen: number; at: number } | null> {
  const res = await deps.pay.queryOrder({
    outTradeNo: order.orderNo,
    subMchId: merchantOf(deps).subMchId,
    nonceStr: newId(),
  });
  const paid = res.tradeState === 'SUCCESS' || res.tradeState === 'REFUND';
  if (!paid || typeof res.totalFee !== 'number' || !res.timeEnd) return null;
  const at = parsePayTime(res.timeEnd);
  return at === null ? null : { fen: res.totalFee, at };
}

/** Whether WeChat says the refund was made. */
export async function refundMade(deps: Deps, outRefundNo: string): Promise<boolean> {
  const res = await deps.pay.queryRefund({ outRefundNo, subMchId: merchantOf(deps).subMchId, nonceStr: newId() });
  return res.resultCode === 'SUCCESS' && res.refundStatusList?.[0] === 'SUCCESS';
}

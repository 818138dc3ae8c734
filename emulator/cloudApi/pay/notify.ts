// The notifications WeChat Pay sends the function named in unifiedOrder / refund, as cloud pay hands
// them to it: WeChat's notify parameters with camelCase names (支付结果通知, 退款结果通知).
import { LOCAL_APPID } from '../../runtimeEnv';
import type { Refund, Trade } from './ledger';
import { LOCAL_MCH_ID, newNonce, payTime, refundTime } from './wire';

const common = (trade: Trade) => ({
  returnCode: 'SUCCESS',
  appid: LOCAL_APPID,
  mchId: LOCAL_MCH_ID,
  subAppid: LOCAL_APPID,
  subMchId: trade.subMchId,
  nonceStr: newNonce(),
});

/**
 * 支付结果通知 for a payment that succeeded (transactionId, timeEnd) or failed (resultCode FAIL with
 * errCode / errCodeDes, as v2's notify parameters allow). WeChat itself is known to notify only
 * successes: a function must not wait for a failure's notice, it may get one.
 */
export function paymentNotice(trade: Trade, payer: string | undefined): Record<string, unknown> {
  const paid = trade.state === 'SUCCESS';
  return {
    ...common(trade),
    resultCode: paid ? 'SUCCESS' : 'FAIL',
    ...(paid ? {} : { errCode: 'PAYERROR', errCodeDes: '支付失败' }),
    ...(payer ? { subOpenid: payer, subIsSubscribe: 'N' } : {}),
    tradeType: 'JSAPI',
    bankType: 'OTHERS',
    totalFee: trade.totalFee,
    feeType: 'CNY',
    cashFee: trade.totalFee,
    outTradeNo: trade.outTradeNo,
    ...(trade.attach !== undefined ? { attach: trade.attach } : {}),
    ...(paid ? { transactionId: trade.transactionId, timeEnd: payTime(trade.paidAt as number) } : {}),
  };
}

/**
 * 退款结果通知. WeChat encrypts the refund's fields in req_info; cloud pay decrypts them for the
 * function, and this assumes it hands them on beside the common fields, camelCase like the rest.
 */
export function refundNotice(trade: Trade, refund: Refund): Record<string, unknown> {
  return {
    ...common(trade),
    transactionId: trade.transactionId,
    outTradeNo: trade.outTradeNo,
    refundId: refund.refundId,
    outRefundNo: refund.outRefundNo,
    totalFee: refund.totalFee,
    refundFee: refund.refundFee,
    settlementRefundFee: refund.refundFee,
    refundStatus: 'SUCCESS',
    successTime: refundTime(refund.at),
    refundRecvAccout: '支付用户零钱',
    refundAccount: 'REFUND_SOURCE_UNSETTLED_FUNDS',
    refundRequestSource: 'API',
  };
}

// The slice of `cloud.cloudPay` (WeChat Pay v2 through cloud pay) the function uses, as the real SDK answers it.
/**
 * What every `cloud.cloudPay` call answers: WeChat Pay v2's fields in camelCase. `returnCode` says
 * whether the request got through (`returnMsg` why not), `resultCode` whether the step succeeded. On a
 * refusal WeChat's err_code is lost: the SDK overwrites `errCode` with 0 (and `errMsg` with `…:ok`), so
 * only `errCodeDes`, WeChat's free text, is left; a caller that must know the state asks (queryOrder /
 * queryRefund) rather than parse it. A request that fails outright (a timeout) rejects with
 * `{ errCode, errMsg }` and may still have happened.
 */
export interface CloudPayAnswer {
  returnCode: 'SUCCESS' | 'FAIL';
  returnMsg?: string;
  resultCode?: 'SUCCESS' | 'FAIL';
  errCodeDes?: string;
  errCode: number;
  errMsg: string;
}

/** wx.requestPayment's parameters, as unifiedOrder answers them. */
export interface RequestPaymentParams {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'MD5';
  paySign: string;
}

/** A trade's state (queryOrder): REFUND once part of it is refunded. */
export type TradeState = 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'PAYERROR' | 'REVOKED' | 'USERPAYING';
export type RefundStatus = 'SUCCESS' | 'REFUNDCLOSE' | 'PROCESSING' | 'CHANGE';

/** Money in fen (integers); times `yyyyMMddHHmmss` in Asia/Shanghai. */
export interface UnifiedOrderInput {
  body: string;
  /** ≤ 32 characters of [A-Za-z0-9_-]; the same one again with other terms is refused (商户订单号重复). */
  outTradeNo: string;
  spbillCreateIp: string;
  subMchId: string;
  totalFee: number;
  /** Where WeChat Pay delivers the payment notification (the function's environment and name). */
  envId: string;
  functionName: string;
  nonceStr?: string;
  attach?: string;
  /** The payer's openid: only they can pay. */
  subOpenid?: string;
  /** Not payable from then on; at least 5 minutes ahead. */
  timeExpire?: string;
}

export interface RefundInput {
  outTradeNo: string;
  /** One refund per outRefundNo: asked again with the same amounts, WeChat answers that refund again. */
  outRefundNo: string;
  totalFee: number;
  refundFee: number;
  subMchId: string;
  /** Where WeChat Pay delivers the refund notification. */
  envId: string;
  functionName: string;
  nonceStr?: string;
  refundDesc?: string;
}

/** The slice of `cloud.cloudPay` the function uses. */
export interface CloudPay {
  unifiedOrder(
    input: UnifiedOrderInput,
  ): Promise<CloudPayAnswer & { prepayId?: string; payment?: RequestPaymentParams }>;
  queryOrder(input: { outTradeNo: string; subMchId: string; nonceStr?: string }): Promise<
    CloudPayAnswer & {
      tradeState?: TradeState;
      outTradeNo?: string;
      totalFee?: number;
      attach?: string;
      transactionId?: string;
      timeEnd?: string;
      subOpenid?: string;
    }
  >;
  closeOrder(input: { outTradeNo: string; subMchId: string; nonceStr?: string }): Promise<CloudPayAnswer>;
  refund(
    input: RefundInput,
  ): Promise<CloudPayAnswer & { refundId?: string; outRefundNo?: string; refundFee?: number; transactionId?: string }>;
  /** By the refund (one) or by the trade (all of its refunds), each in the lists in the same order. */
  queryRefund(
    input: { subMchId: string; nonceStr?: string } & ({ outRefundNo: string } | { outTradeNo: string }),
  ): Promise<
    CloudPayAnswer & {
      refundCount?: number;
      outRefundNoList?: string[];
      refundIdList?: string[];
      refundFeeList?: number[];
      refundStatusList?: RefundStatus[];
      refundSuccessTimeList?: string[];
    }
  >;
}

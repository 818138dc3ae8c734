// refund (申请退款): refunds part or all of a paid trade. One out_refund_no is one refund: asked again
// with the same amounts it answers that same refund (never refunds twice), with other amounts it is
// refused. Refunds of a trade never add up to more than it was paid.
import type { PayLedger, Refund, Trade } from './ledger';
import { invalidParams, neitherGiven, REFUND_NO, type FieldRule } from './validate';
import { newRefundId, notThrough, refused, succeeded, type Answer, type Params } from './wire';

const RULES: FieldRule[] = [
  { name: 'sub_mch_id', kind: 'text', required: true, max: 32 },
  { name: 'out_refund_no', kind: 'text', required: true, max: 64, pattern: REFUND_NO },
  { name: 'total_fee', kind: 'fen', required: true },
  { name: 'refund_fee', kind: 'fen', required: true },
  { name: 'env_id', kind: 'text', required: true },
  { name: 'function_name', kind: 'text', required: true },
  { name: 'nonce_str', kind: 'text', max: 32 },
  { name: 'refund_desc', kind: 'text', max: 80 },
];

const FEE_MISMATCH = '订单金额或退款金额与之前请求不一致，请核实后再试';

export interface RefundOutcome {
  answer: Answer;
  /** The refund this call made (none when it was refused or answered an earlier one): its callback is owed. */
  made?: Refund;
}

export function refund(ledger: PayLedger, params: Params): RefundOutcome {
  const invalid = invalidParams(params, RULES) ?? neitherGiven(params, 'transaction_id', 'out_trade_no');
  if (invalid) return { answer: invalid };
  const totalFee = params.total_fee as number;
  const refundFee = params.refund_fee as number;
  if (refundFee > totalFee) return { answer: notThrough('invalid refund_fee') };
  const trade = ledger.tradeFor(params);
  if (!trade || trade.subMchId !== params.sub_mch_id) return { answer: refused(params, 'ORDERNOTEXIST', '订单不存在') };
  const outRefundNo = params.out_refund_no as string;
  const earlier = ledger.refunds.get(outRefundNo);
  if (earlier) {
    if (earlier.outTradeNo !== trade.outTradeNo)
      return { answer: refused(params, 'INVALID_REQUEST', '商户退款单号重复') };
    if (earlier.totalFee !== totalFee || earlier.refundFee !== refundFee)
      return { answer: refused(params, 'REFUND_FEE_MISMATCH', FEE_MISMATCH) };
    return { answer: refundAnswer(params, trade, earlier) };
  }
  if (trade.state !== 'SUCCESS') return { answer: refused(params, 'ERROR', '订单状态错误，未支付的订单不能退款') };
  if (totalFee !== trade.totalFee) return { answer: refused(params, 'REFUND_FEE_MISMATCH', FEE_MISMATCH) };
  if (trade.refunded >= trade.totalFee) return { answer: refused(params, 'ERROR', '订单已全额退款') };
  if (trade.refunded + refundFee > trade.totalFee)
    return { answer: refused(params, 'INVALID_REQUEST', 'refund_fee大于可退金额') };
  const made: Refund = {
    outRefundNo,
    outTradeNo: trade.outTradeNo,
    refundId: newRefundId(ledger.now()),
    totalFee,
    refundFee,
    envId: params.env_id as string,
    functionName: params.function_name as string,
    at: ledger.now(),
  };
  ledger.refunds.set(outRefundNo, made);
  trade.refunded += refundFee;
  ledger.save();
  return { answer: refundAnswer(params, trade, made), made };
}

function refundAnswer(params: Params, trade: Trade, made: Refund): Answer {
  return succeeded(params, {
    transaction_id: trade.transactionId,
    out_trade_no: trade.outTradeNo,
    out_refund_no: made.outRefundNo,
    refund_id: made.refundId,
    refund_fee: made.refundFee,
    total_fee: made.totalFee,
    cash_fee: made.totalFee,
    cash_refund_fee: made.refundFee,
    coupon_refund_fee: 0,
    coupon_refund_count: 0,
  });
}

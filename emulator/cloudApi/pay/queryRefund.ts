// queryRefund (查询退款): a trade's refunds, or one refund, as WeChat Pay v2 answers: refund_count, then
// each refund both as the `_$n` fields of v2's own answer (refund_status_0 …) and as the lists cloud pay
// has been seen answering (refund_status_list …); after the SDK, refundStatus_0 and refundStatusList.
import type { PayLedger, Refund } from './ledger';
import { invalidParams } from './validate';
import { refundTime, refused, succeeded, type Answer, type Params } from './wire';

/** The refunds a query names, by v2's precedence: refund_id, out_refund_no, transaction_id, out_trade_no. */
function named(ledger: PayLedger, params: Params): Refund[] {
  const one = (found: Refund | undefined) => (found ? [found] : []);
  if (params.refund_id) return one([...ledger.refunds.values()].find((r) => r.refundId === params.refund_id));
  if (params.out_refund_no) return one(ledger.refunds.get(String(params.out_refund_no)));
  const trade = ledger.tradeFor(params);
  return trade ? ledger.refundsOf(trade.outTradeNo) : [];
}

export function queryRefund(ledger: PayLedger, params: Params): Answer {
  const invalid = invalidParams(params, [{ name: 'sub_mch_id', kind: 'text', required: true, max: 32 }]);
  if (invalid) return invalid;
  if (!params.refund_id && !params.out_refund_no && !params.transaction_id && !params.out_trade_no)
    return refused(params, 'PARAM_ERROR', '缺少参数:refund_id、out_refund_no、transaction_id、out_trade_no至少填一个');
  const refunds = named(ledger, params);
  const trade = refunds.length ? ledger.trades.get(refunds[0].outTradeNo) : undefined;
  if (!trade || trade.subMchId !== params.sub_mch_id) return refused(params, 'REFUNDNOTEXIST', '退款订单查询失败');
  const rows = refunds.map((r) => ({
    out_refund_no: r.outRefundNo,
    refund_id: r.refundId,
    refund_channel: 'ORIGINAL',
    refund_fee: r.refundFee,
    settlement_refund_fee: r.refundFee,
    refund_status: 'SUCCESS',
    refund_account: 'REFUND_SOURCE_UNSETTLED_FUNDS',
    refund_recv_accout: '支付用户零钱',
    refund_success_time: refundTime(r.at),
  }));
  const indexed = Object.fromEntries(
    rows.flatMap((row, n) => Object.entries(row).map(([name, value]) => [`${name}_${n}`, value])),
  );
  const listed = Object.fromEntries(
    Object.keys(rows[0]).map((name) => [
      name === 'refund_channel' ? name : `${name}_list`,
      rows.map((row) => row[name as keyof typeof row]),
    ]),
  );
  return succeeded(params, {
    transaction_id: trade.transactionId,
    out_trade_no: trade.outTradeNo,
    total_fee: trade.totalFee,
    cash_fee: trade.totalFee,
    refund_count: rows.length,
    total_refund_count: ledger.refundsOf(trade.outTradeNo).length,
    ...indexed,
    ...listed,
  });
}

// queryOrder (查询订单): the trade's state as WeChat Pay knows it, by out_trade_no or transaction_id.
import { shownState, type PayLedger, type Trade } from './ledger';
import { invalidParams, neitherGiven } from './validate';
import { payTime, refused, succeeded, type Answer, type Params } from './wire';

const STATE_DESC: Record<ReturnType<typeof shownState>, string> = {
  NOTPAY: '订单未支付',
  SUCCESS: '支付成功',
  REFUND: '转入退款',
  CLOSED: '已关闭',
  PAYERROR: '支付失败(其他原因，如银行返回失败)',
};

export function queryOrder(ledger: PayLedger, params: Params): Answer {
  const invalid =
    invalidParams(params, [{ name: 'sub_mch_id', kind: 'text', required: true, max: 32 }]) ??
    neitherGiven(params, 'transaction_id', 'out_trade_no');
  if (invalid) return invalid;
  const trade = ledger.tradeFor(params);
  if (!trade || trade.subMchId !== params.sub_mch_id) return refused(params, 'ORDERNOTEXIST', '订单不存在');
  return succeeded(params, tradeFields(trade));
}

function tradeFields(trade: Trade): Answer {
  const state = shownState(trade);
  const fields: Answer = {
    trade_state: state,
    trade_state_desc: STATE_DESC[state],
    out_trade_no: trade.outTradeNo,
    total_fee: trade.totalFee,
    fee_type: 'CNY',
    trade_type: 'JSAPI',
    attach: trade.attach,
  };
  if (trade.paidAt === undefined) return fields;
  return {
    ...fields,
    transaction_id: trade.transactionId,
    time_end: payTime(trade.paidAt),
    cash_fee: trade.totalFee,
    bank_type: 'OTHERS',
    sub_openid: trade.payer,
    sub_is_subscribe: 'N',
  };
}

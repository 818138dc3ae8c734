// closeOrder (关闭订单): an unpaid trade can no longer be paid. A paid one cannot be closed, and closing
// a closed one again is refused as WeChat does (a caller that retries reads ORDERCLOSED as done).
import type { PayLedger } from './ledger';
import { invalidParams } from './validate';
import { refused, succeeded, type Answer, type Params } from './wire';

export function closeOrder(ledger: PayLedger, params: Params): Answer {
  const invalid = invalidParams(params, [
    { name: 'sub_mch_id', kind: 'text', required: true, max: 32 },
    { name: 'out_trade_no', kind: 'text', required: true, max: 32 },
  ]);
  if (invalid) return invalid;
  const trade = ledger.tradeFor({ out_trade_no: params.out_trade_no });
  if (!trade || trade.subMchId !== params.sub_mch_id) return refused(params, 'ORDERNOTEXIST', '订单不存在');
  if (trade.state === 'SUCCESS') return refused(params, 'ORDERPAID', '订单已支付，不能发起关单');
  if (trade.state === 'CLOSED') return refused(params, 'ORDERCLOSED', '订单已关闭，无法重复关闭');
  trade.state = 'CLOSED';
  ledger.save();
  return succeeded(params, {});
}

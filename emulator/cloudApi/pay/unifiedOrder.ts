// unifiedOrder (统一下单): opens a trade and answers `payment`, what wx.requestPayment takes. The same
// out_trade_no again is answered with the same prepay_id while the trade is unpaid and the terms are the
// same; other terms are refused (201 商户订单号重复), and a paid or closed trade cannot be ordered again.
import { LOCAL_APPID } from '../../runtimeEnv';
import type { PayLedger, Trade } from './ledger';
import { invalidParams, TRADE_NO, type FieldRule } from './validate';
import { newNonce, newPrepayId, parsePayTime, refused, sign, succeeded, type Answer, type Params } from './wire';

const RULES: FieldRule[] = [
  { name: 'body', kind: 'text', required: true, max: 128 },
  { name: 'out_trade_no', kind: 'text', required: true, max: 32, pattern: TRADE_NO },
  { name: 'spbill_create_ip', kind: 'ip', required: true, max: 64 },
  { name: 'sub_mch_id', kind: 'text', required: true, max: 32 },
  { name: 'total_fee', kind: 'fen', required: true },
  { name: 'env_id', kind: 'text', required: true },
  { name: 'function_name', kind: 'text', required: true },
  { name: 'nonce_str', kind: 'text', max: 32 },
  { name: 'attach', kind: 'text', max: 127 },
  { name: 'sub_openid', kind: 'text', max: 128 },
  { name: 'time_expire', kind: 'time' },
];

/** WeChat's shortest time to pay for an order that is not a card swipe (「其他5分钟」). */
const MIN_EXPIRY_MS = 5 * 60_000;

/**
 * What makes a trade: a second unifiedOrder of the out_trade_no must repeat these. nonce_str is fresh per
 * call and spbill_create_ip is wherever the caller is, so neither counts.
 */
const TERMS = ['body', 'total_fee', 'sub_mch_id', 'attach', 'sub_openid', 'time_expire', 'env_id', 'function_name'];

export function unifiedOrder(ledger: PayLedger, params: Params): Answer {
  const invalid = invalidParams(params, RULES);
  if (invalid) return invalid;
  const now = ledger.now();
  const timeExpire = params.time_expire as string | undefined;
  const expiresAt = timeExpire ? (parsePayTime(timeExpire) as number) : undefined;
  if (expiresAt !== undefined && expiresAt - now < MIN_EXPIRY_MS)
    return refused(params, 'PARAM_ERROR', 'time_expire时间过短，刷卡至少1分钟，其他5分钟');
  const terms = JSON.stringify(TERMS.map((name) => params[name] ?? null));
  const outTradeNo = params.out_trade_no as string;
  const existing = ledger.trades.get(outTradeNo);
  if (existing) {
    if (existing.state === 'SUCCESS') return refused(params, 'ORDERPAID', '该订单已支付');
    if (existing.state === 'CLOSED') return refused(params, 'ORDERCLOSED', '该订单已关闭');
    if (existing.terms !== terms) return refused(params, 'INVALID_REQUEST', '201 商户订单号重复');
    return prepaid(params, existing.prepayId, now);
  }
  const trade: Trade = {
    outTradeNo,
    subMchId: params.sub_mch_id as string,
    body: params.body as string,
    totalFee: params.total_fee as number,
    attach: params.attach as string | undefined,
    subOpenid: params.sub_openid as string | undefined,
    timeExpire,
    expiresAt,
    envId: params.env_id as string,
    functionName: params.function_name as string,
    terms,
    prepayId: newPrepayId(now),
    state: 'NOTPAY',
    createdAt: now,
    refunded: 0,
  };
  ledger.trades.set(outTradeNo, trade);
  ledger.save();
  return prepaid(params, trade.prepayId, now);
}

/** The answer with `payment`: wx.requestPayment's parameters, signed for the mini-program's appId. */
function prepaid(params: Params, prepayId: string, now: number): Answer {
  const payment = {
    appId: LOCAL_APPID,
    timeStamp: String(Math.floor(now / 1000)),
    nonceStr: newNonce(),
    package: `prepay_id=${prepayId}`,
    signType: 'MD5',
  };
  return succeeded(params, {
    trade_type: 'JSAPI',
    prepay_id: prepayId,
    payment: { ...payment, paySign: sign(payment) },
  });
}

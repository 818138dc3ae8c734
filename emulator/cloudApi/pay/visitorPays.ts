// The visitor paying in WeChat (wx.requestPayment then the password), played by POST /__dev/pay: a trade
// that can still be paid becomes paid (SUCCESS, with a transaction id and time) or failed (PAYERROR,
// which may be paid again, as after a declined card). Answers the refusal requestPayment would give.
import type { PayLedger, Trade } from './ledger';
import { newTransactionId } from './wire';

export interface Payment {
  outTradeNo: string;
  result: 'success' | 'fail';
  /** The paying user's openid (X-Wx-Openid of the dev sheet), if known. */
  payer?: string;
}

export type PaymentOutcome = { trade: Trade; payer?: string } | { refusal: string; status: 404 | 409 };

export function visitorPays(ledger: PayLedger, payment: Payment): PaymentOutcome {
  const trade = ledger.trades.get(payment.outTradeNo);
  if (!trade) return { refusal: '订单不存在', status: 404 };
  if (trade.state === 'SUCCESS') return { refusal: '该订单已支付', status: 409 };
  if (trade.state === 'CLOSED') return { refusal: '该订单已关闭', status: 409 };
  const now = ledger.now();
  if (trade.expiresAt !== undefined && now >= trade.expiresAt) return { refusal: '订单已过期', status: 409 };
  if (trade.subOpenid && payment.payer && payment.payer !== trade.subOpenid)
    return { refusal: '支付用户与下单用户不一致', status: 409 };
  const payer = payment.payer ?? trade.subOpenid;
  if (payment.result === 'fail') {
    trade.state = 'PAYERROR';
  } else {
    trade.state = 'SUCCESS';
    trade.transactionId = newTransactionId(now);
    trade.paidAt = now;
    trade.payer = payer;
  }
  ledger.save();
  return { trade, payer };
}

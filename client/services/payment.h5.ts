// H5 (local cloud): there is no WeChat to pay in, so a dev sheet (模拟微信支付) takes the payer's choice and
// tells the local cloud's WeChat Pay (POST /__dev/pay), which then notifies the function as WeChat would.
// The weapp build never reaches this file, nor the sheet it opens.
import type { PaymentView } from '@shared/contract';
import { openPaySheet } from '../dev/PaySheet';
import { demoUser } from './demoUser';
import { PaymentFailed, type PaymentOrder, type PaymentResult } from './payment.common';

export { PAYMENT_FAILED, type PaymentOrder, type PaymentResult } from './payment.common';

/** The payer's side of the trade: paid (`success`) or declined (`fail`, which may be paid again). */
async function devPay(outTradeNo: string, result: 'success' | 'fail'): Promise<void> {
  const openid = demoUser.get();
  if (!openid) throw new PaymentFailed('requestPayment:fail not signed in');
  const res = await fetch('/__dev/pay', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Wx-Openid': openid },
    body: JSON.stringify({ outTradeNo, result }),
  }).catch(() => null);
  // What wx.requestPayment would have said: `requestPayment:ok`, or its fail text (该订单已支付 …).
  const body = ((await res?.json().catch(() => null)) ?? {}) as { errMsg?: string };
  if (!res?.ok || result === 'fail') throw new PaymentFailed(body.errMsg ?? `requestPayment:fail HTTP ${res?.status}`);
}

export async function requestPayment(_payment: PaymentView, order: PaymentOrder): Promise<PaymentResult> {
  const choice = await openPaySheet(order.totalFen);
  if (choice === 'cancel') return 'cancelled';
  await devPay(order.outTradeNo, choice === 'confirm' ? 'success' : 'fail');
  return 'paid';
}

// weapp: WeChat's payment sheet (wx.requestPayment) with the parameters order.pay answered. Called with its
// callbacks: Taro does not promisify this API, and a promise from WeChat itself depends on the base
// library's version.
import Taro from '@tarojs/taro';
import type { PaymentView } from '@shared/contract';
import { PaymentFailed, isCancelled, type PaymentOrder, type PaymentResult } from './payment.common';

export { PAYMENT_FAILED, type PaymentOrder, type PaymentResult } from './payment.common';

export function requestPayment(payment: PaymentView, _order: PaymentOrder): Promise<PaymentResult> {
  return new Promise((resolve, reject) => {
    void Taro.requestPayment({
      ...payment,
      success: () => resolve('paid'),
      fail: ({ errMsg }) => (isCancelled(errMsg) ? resolve('cancelled') : reject(new PaymentFailed(errMsg))),
    });
  });
}

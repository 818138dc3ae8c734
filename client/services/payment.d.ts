// The shape of services/payment; Taro builds payment.weapp.ts or payment.h5.ts in its place.
import type { PaymentView } from '@shared/contract';
import type { PaymentOrder, PaymentResult } from './payment.common';

export { PAYMENT_FAILED, type PaymentOrder, type PaymentResult } from './payment.common';
/**
 * Shows the payment sheet for what order.pay answered (WeChat's own on weapp, the local cloud's dev sheet on
 * H5): resolves `paid` or `cancelled` (the payer closed it); rejects with PaymentFailed on any other failure.
 * Paid means only that the payer finished: order.check then says what the order became.
 */
export declare function requestPayment(payment: PaymentView, order: PaymentOrder): Promise<PaymentResult>;

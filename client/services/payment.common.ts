// What both payment services share: how a payment sheet ends for the page, and the sentence for a failure.

/** The trade being paid: its number (the order's, which is the booking's id) and amount, for the sheet. */
export interface PaymentOrder {
  outTradeNo: string;
  totalFen: number;
}

/** How the payment sheet ended: paid, or closed by the payer (the order stays waiting for its payment). */
export type PaymentResult = 'paid' | 'cancelled';

/** Shown when the payment failed otherwise (a declined card, WeChat refused the trade); it may be paid again. */
export const PAYMENT_FAILED = '支付失败，请稍后重试';

/** WeChat's errMsg of a sheet the payer closed: `requestPayment:fail cancel`. */
export const isCancelled = (errMsg: string): boolean => errMsg.includes('cancel');

/** A payment that ended neither paid nor closed by the payer; the message is the platform's errMsg. */
export class PaymentFailed extends Error {
  name = 'PaymentFailed';
}

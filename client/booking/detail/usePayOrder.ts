// 去支付 of a ticket waiting for its payment: order.pay gives WeChat's parameters, the payment sheet takes
// the money, and order.check then asks WeChat how the trade stands (its notification to the function may
// lag), so the page shows the ticket confirmed at once. Refusals go through the one error policy
// (hold_expired loads the booking again); the sheet's own outcomes are said here.
import { useState } from 'react';
import type { BookingView } from '@shared/contract';
import { useAction } from '../../hooks/useAction';
import { PAYMENT_FAILED, requestPayment, type PaymentResult } from '../../services/payment';
import { toastFail, toastSuccess } from '../../services/toast';

/** What the page says once the function has applied the payment (or not yet). */
function sayOutcome(b: BookingView) {
  if (b.status === 'confirmed') toastSuccess('支付成功');
  else if (b.status === 'pending_payment') toastFail('暂未查到支付结果，请稍后刷新');
  else toastFail('支付未完成，请查看订单状态');
}

export function usePayOrder(booking: BookingView, onChange: (b: BookingView) => void) {
  const [paying, setPaying] = useState(false);
  const pay = useAction('order.pay');
  const check = useAction('order.check');

  const settle = (b: BookingView) => {
    onChange(b);
    sayOutcome(b);
  };

  const run = async () => {
    if (paying || !booking.order) return;
    setPaying(true);
    try {
      const asked = await pay.run({ bookingId: booking.id });
      if (!asked) return;
      // No payment: the trade was found paid meanwhile and the ticket is confirmed.
      if (!asked.payment) return settle(asked.booking);
      let result: PaymentResult;
      try {
        result = await requestPayment(asked.payment, { outTradeNo: booking.id, totalFen: booking.order.totalFen });
      } catch {
        // Declined or refused by WeChat: the order still waits for its payment and may be paid again.
        return toastFail(PAYMENT_FAILED);
      }
      if (result === 'cancelled') return toastFail('已取消支付');
      const checked = await check.run({ bookingId: booking.id });
      if (checked) settle(checked);
    } finally {
      setPaying(false);
    }
  };

  return { run, paying };
}

// What giving a window sale back refunds now (seed 001): the refund rule the order was sold under applied
// to each ticket still valid, as the function applies it (rules/refund.ts splitRefund: each ticket floored
// to the fen on its own). The function decides in the end, by its own clock.
import type { OrderView } from '@shared/contract';
import { PAYMENT_METHOD_LABELS } from '@shared/contract/order';
import { yuan } from '@shared/rules/money';
import { splitRefund, type SplitRefund } from '@shared/rules/refund';
import { parseIso } from '@shared/time';

/** The refund of every ticket of the sale not given back yet, at `now`. */
export function refundAtWindow(order: OrderView, start: string, now: number): SplitRefund {
  const lines = order.lines
    .filter((l) => !l.cancelled)
    .map((l) => ({ id: l.attendeeId, paidFen: l.priceFen, refundedFen: 0 }));
  return splitRefund(
    lines,
    lines.map((l) => l.id),
    parseIso(start),
    now,
    order.refundRule,
  );
}

/** `将退还 ¥80（现金），确定退票吗？`, `将退还 ¥40（票款的50%，现金）…`, `已过退款时间，退票将不退款…` */
export function refundQuestion(order: OrderView, start: string, now: number): string {
  const due = refundAtWindow(order, start, now);
  const how = PAYMENT_METHOD_LABELS[order.method ?? 'wechat'];
  if (due.fen > 0)
    return `将退还 ${yuan(due.fen)}（${due.tier === 'partial' ? `票款的${due.percent}%，` : ''}${how}），确定退票吗？`;
  return due.tier === 'none' ? '已过退款时间，退票将不退款，确定退票吗？' : '确定退票吗？';
}

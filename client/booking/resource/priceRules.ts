// 预约须知 of a resource that sells tickets (seed 001): its prices, and when a cancellation is refunded.
import type { Pricing, RefundRule } from '@shared/rules/policy';
import { yuan } from '@shared/rules/money';

/** `票价：全价 ¥80 · 学生 ¥40（需出示学生证）` */
export const pricesText = (pricing: Pricing): string =>
  `票价：${pricing.ticketTypes
    .map((t) => `${t.name} ${yuan(t.priceFen)}${t.proof ? `（需出示${t.proof}）` : ''}`)
    .join(' · ')}`;

/** `开始48小时前` (in hours, as the rule is set: `2天` could read as calendar days), or `开始前` for the start itself. */
const before = (hours: number) => (hours === 0 ? '开始前' : `开始${hours}小时前`);

/** `退款：开始48小时前取消全额退款，开始2小时前取消退还70%，之后取消不退款` */
export function refundText(rule: RefundRule): string {
  const partial =
    rule.partialHoursBefore < rule.fullHoursBefore
      ? `，${before(rule.partialHoursBefore)}取消退还${rule.partialPercent}%`
      : '';
  return `退款：${before(rule.fullHoursBefore)}取消全额退款${partial}，之后取消不退款`;
}

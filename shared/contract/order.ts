// A paid ticket's order as the visitor reads it (rules/order.ts has the states and what moves them).
import type { OrderStatus } from '../rules/order';

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending_payment: '待支付',
  paid: '已支付',
  expired: '已超时',
  cancelled: '已取消',
  refunding: '退款中',
  refunded: '已退款',
  partially_refunded: '部分退款',
};

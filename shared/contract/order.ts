// A paid ticket's order as the visitor reads it (rules/order.ts has the states and what moves them), and
// the ticket window's sale and statements.
import { z } from 'zod';
import type { OrderStatus } from '../rules/order';
import { seatIdInput } from './booking';
import { businessDate, id, pricingId } from './common';

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending_payment: '待支付',
  paid: '已支付',
  expired: '已超时',
  cancelled: '已取消',
  refunding: '退款中',
  refunded: '已退款',
  partially_refunded: '部分退款',
};

/** WeChat Pay in the mini-program; at the ticket window cash, or the venue's own card terminal. */
export const PAYMENT_METHODS = ['wechat', 'cash', 'terminal'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  wechat: '微信支付',
  cash: '现金',
  terminal: '刷卡终端',
};

/**
 * desk.sell: tickets sold at the window to walk-ins, paid there. One ticket per line with its type (and its
 * seat on a seated session, or best available for all).
 */
export const deskSellInput = z
  .object({
    slotId: id,
    tickets: z
      .array(z.object({ ticketTypeId: pricingId, seatId: seatIdInput.optional() }).strict())
      .min(1, '请选择票')
      .max(20, '一次最多售20张'),
    bestSeats: z.literal(true).optional(),
    method: z.enum(['cash', 'terminal']),
    /** The terminal's slip number. */
    reference: z.string().trim().max(40, '凭证号最多40字').optional(),
  })
  .strict();

/** A day's takings at a venue (desk.statement), by window. */
export const deskStatementInput = z.object({ venueId: id, date: businessDate }).strict();

/** A month's orders and refunds at a venue, by day (admin.finance.statement), for the finance office. */
export const financeStatementInput = z
  .object({ venueId: id, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为YYYY-MM') })
  .strict();

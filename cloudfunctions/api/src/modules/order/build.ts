// A paid ticket's order as booking.create writes it (seed 001): one line per attendee, priced by the
// ticket type chosen for them (rules/pricing.ts), holding the places until `holdUntil`.
import type { Pricing } from '@shared/rules/policy';
import { orderTotal, priceOf } from '@shared/rules/pricing';
import type { BookingAttendee, OrderDoc, OrderLineDoc, SlotDoc } from '../../db/docs';

/**
 * The lines of `attendees`: each at the type named for them in `ticketTypes`, the resource's first type
 * (全价) otherwise, at their seat's zone price on a seated session. A type the resource does not sell is refused (priceOf), before anything is taken.
 */
export function orderLines(
  pricing: Pricing,
  slot: Pick<SlotDoc, 'prices'>,
  attendees: Pick<BookingAttendee, 'id' | 'seat'>[],
  ticketTypes: Record<string, string>,
): OrderLineDoc[] {
  return attendees.map((a) => {
    const ticketTypeId = Object.prototype.hasOwnProperty.call(ticketTypes, a.id)
      ? ticketTypes[a.id]
      : pricing.ticketTypes[0].id;
    // A seat's zone prices it (a seated hall); the slot's own prices go over both.
    const priceFen = priceOf(pricing, ticketTypeId, { slotPrices: slot.prices, zoneId: a.seat?.zoneId });
    const type = pricing.ticketTypes.find((t) => t.id === ticketTypeId) as Pricing['ticketTypes'][number];
    return {
      id: a.id,
      priceFen,
      cancelled: false,
      ticketTypeId,
      ticketTypeName: type.name,
      ...(type.proof ? { proof: type.proof } : {}),
    };
  });
}

/**
 * The order of a booking (its number is the booking's id, 31 characters of WeChat's 32). An order of
 * nothing to pay (only free ticket types) is paid as it is made: WeChat takes no trade of 0 fen.
 */
export function newOrder(args: {
  bookingId: string;
  slot: Pick<SlotDoc, 'start'>;
  pricing: Pricing;
  lines: OrderLineDoc[];
  now: number;
  /** Sold at the ticket window: paid there and then (desk/sell.ts). */
  sale?: WindowSale;
}): OrderDoc {
  const { bookingId, slot, pricing, lines, now, sale } = args;
  const totalFen = orderTotal(lines);
  const paidNow = totalFen === 0 || sale !== undefined;
  return {
    orderNo: bookingId,
    status: paidNow ? 'paid' : 'pending_payment',
    totalFen,
    holdUntil: now + pricing.holdMinutes * 60_000,
    start: slot.start,
    refundRule: pricing.refund,
    lines,
    payment: paidNow ? { fen: totalFen, at: now } : null,
    refunds: [],
    version: 0,
    method: sale?.method ?? 'wechat',
    ...(sale ? { sale: { by: sale.by, ...(sale.reference ? { reference: sale.reference } : {}) } } : {}),
  };
}

/** How a window sale was paid, and who sold it. */
export interface WindowSale {
  method: 'cash' | 'terminal';
  by: string;
  reference?: string;
}

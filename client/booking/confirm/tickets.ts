// The tickets of an order on the confirm page (seed 001): which type each selected attendee takes, and
// what they cost together. Pure; the page and TicketTypes draw it.
import type { Pricing } from '@shared/rules/policy';
import { orderTotal, priceOf } from '@shared/rules/pricing';

/** Ticket type by attendee id. */
export type TicketChoice = Record<string, string>;

/**
 * The type of each of `attendeeIds`: the one chosen for them, else the resource's first (全价), which is
 * also what booking.create gives an attendee left out. Sent in full, so the order is what the page showed.
 */
export function ticketTypesOf(pricing: Pricing, attendeeIds: readonly string[], chosen: TicketChoice): TicketChoice {
  const first = pricing.ticketTypes[0].id;
  return Object.fromEntries(
    attendeeIds.map((id) => [id, Object.prototype.hasOwnProperty.call(chosen, id) ? chosen[id] : first]),
  );
}

/**
 * The total at the types' prices. A slot's own prices (a gala night) are not in its view, so for such a
 * slot the function's total, shown on the order, is the one that counts.
 */
export const ticketsTotal = (pricing: Pricing, types: TicketChoice, zones: ZoneChoice = {}): number =>
  orderTotal(Object.entries(types).map(([a, id]) => ({ priceFen: priceOf(pricing, id, { zoneId: zones[a] }) })));

/** The price zone of each attendee's seat, on a seated session. */
export type ZoneChoice = Record<string, string | undefined>;

/** The order the page shows and sends: the type of each selected attendee, and the total at their seats' zones. */
export function ticketOrder(
  pricing: Pricing,
  attendeeIds: readonly string[],
  chosen: TicketChoice,
  zones: ZoneChoice = {},
) {
  const types = ticketTypesOf(pricing, attendeeIds, chosen);
  return { pricing, types, totalFen: ticketsTotal(pricing, types, zones) };
}

// What a ticket costs (seed 001). A ticket type has a base price; a seated hall's zone may price it
// otherwise; a slot (a gala night) may override both. Pure and in integer fen (rules/money.ts).
import { AppError } from '../errors';
import { sumFen, type Fen } from './money';
import type { Pricing } from './policy';

export interface PriceContext {
  /** The zone of the seat sold (seated halls). */
  zoneId?: string;
  /** The slot's own prices by ticket type (`SlotDoc.prices`). */
  slotPrices?: Record<string, Fen>;
}

/** A price in a record by ticket type, its own keys only (`constructor` is a well-formed type id too). */
const priceIn = (prices: Record<string, Fen> | undefined, ticketTypeId: string): Fen | undefined =>
  prices && Object.prototype.hasOwnProperty.call(prices, ticketTypeId) ? prices[ticketTypeId] : undefined;

/**
 * The price of one ticket of `ticketTypeId`: the slot's override, else the zone's price, else the type's
 * base price. A type the resource does not sell, or a zone it does not have, is refused (INVALID_INPUT
 * with `reason`) rather than sold at a guessed price.
 */
export function priceOf(pricing: Pricing, ticketTypeId: string, { zoneId, slotPrices }: PriceContext = {}): Fen {
  const type = pricing.ticketTypes.find((t) => t.id === ticketTypeId);
  if (!type) throw new AppError('INVALID_INPUT', { reason: 'unknown_ticket_type', ticketTypeId }, '该项目没有此票种');
  const zone = zoneId === undefined ? undefined : pricing.zones.find((z) => z.id === zoneId);
  if (zoneId !== undefined && !zone)
    throw new AppError('INVALID_INPUT', { reason: 'unknown_price_zone', zoneId }, '该项目没有此票价区域');
  return priceIn(slotPrices, ticketTypeId) ?? priceIn(zone?.prices, ticketTypeId) ?? type.priceFen;
}

/** One ticket of an order, priced by priceOf when the order is made. */
export interface PricedLine {
  priceFen: Fen;
}

/** What an order costs: the sum of its lines. */
export const orderTotal = (lines: readonly PricedLine[]): Fen => sumFen(lines.map((l) => l.priceFen));

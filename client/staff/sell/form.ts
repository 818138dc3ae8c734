// The ticket window's sale form (seed 001): how many tickets of each type, the way the money was taken,
// and desk.sell's input from them, checked on the phone by desk.sell's own schema first.
import { deskSellInput } from '@shared/contract/order';
import type { ActionInput } from '@shared/contract';
import type { Pricing } from '@shared/rules/policy';
import { orderTotal, priceOf } from '@shared/rules/pricing';

export type SaleMethod = ActionInput<'desk.sell'>['method'];
export const SALE_METHODS: readonly SaleMethod[] = ['cash', 'terminal'];

/** Tickets by ticket type id. */
export type Counts = Record<string, number>;

export interface SaleForm {
  /**
   * How many tickets of each type, by ticket type id (a type left out: none); named as desk.sell's lines,
   * so that errors at `tickets` show here and a change clears them.
   */
  tickets: Counts;
  method: SaleMethod;
  /** The terminal's slip number (sent for the terminal only). */
  reference: string;
  /** Seated sessions: the best free seats together. The window does not choose on the map (yet). */
  bestSeats: boolean;
}

export const EMPTY_SALE: SaleForm = { tickets: {}, method: 'cash', reference: '', bestSeats: true };

export const BEST_SEATS_MESSAGE = '窗口售票请开启推荐座位，由系统选择相邻的最佳空座';

/** The most tickets desk.sell takes at once, as its schema says. */
const SALE_LIMIT = deskSellInput.shape.tickets._def.maxLength?.value ?? Number.POSITIVE_INFINITY;

/** The most tickets one sale may hold: the resource's limit per booking, within desk.sell's own. */
export const maxTickets = (maxAttendees: number) => Math.min(maxAttendees, SALE_LIMIT);

/** The count of one type (the record's own keys only: `constructor` is a well-formed type id too). */
export const countOf = (counts: Counts, ticketTypeId: string) =>
  Object.prototype.hasOwnProperty.call(counts, ticketTypeId) ? counts[ticketTypeId] : 0;

/** One line per ticket, types in the resource's order (the function names the holders 散客1, 散客2 … so). */
export const ticketsOf = (pricing: Pricing, counts: Counts) =>
  pricing.ticketTypes.flatMap((t) => Array.from({ length: countOf(counts, t.id) }, () => ({ ticketTypeId: t.id })));

export const ticketCount = (pricing: Pricing, counts: Counts) => ticketsOf(pricing, counts).length;

/**
 * What the tickets cost at the types' prices. A seated hall's zones and a slot's own prices are not known
 * before the seats are chosen (they are not in the views), so there the sale's own total is what is taken.
 */
export const saleTotal = (pricing: Pricing, counts: Counts) =>
  orderTotal(ticketsOf(pricing, counts).map((t) => ({ priceFen: priceOf(pricing, t.ticketTypeId) })));

/** Whether the total shown before the sale may differ from the sale's own (zoned halls). */
export const totalMayDiffer = (pricing: Pricing, seated: boolean) => seated && pricing.zones.length > 0;

/** The count of one type after a tap on − or +, within 0 and what the sale may still hold. */
export function stepCount(pricing: Pricing, counts: Counts, ticketTypeId: string, by: number, max: number) {
  const mine = countOf(counts, ticketTypeId);
  const others = ticketCount(pricing, counts) - mine;
  return Math.max(0, Math.min(mine + by, max - others));
}

/** The slip number of a sale on the terminal, trimmed; none for cash or when left blank. */
export const referenceOf = (f: SaleForm): string | undefined =>
  (f.method === 'terminal' && f.reference.trim()) || undefined;

/** What the schema below takes. */
export function saleFormInput(slotId: string, f: SaleForm, pricing: Pricing, seated: boolean) {
  const reference = referenceOf(f);
  return {
    slotId,
    tickets: ticketsOf(pricing, f.tickets),
    ...(seated && f.bestSeats ? { bestSeats: true } : {}),
    method: f.method,
    ...(reference ? { reference } : {}),
  };
}

/**
 * desk.sell's schema and the window's own checks: the resource's limit per booking, and on a seated session
 * its seats, which the window takes as best available (the function would refuse a sale without them).
 */
export const saleFormSchema = (max: number, seated: boolean) =>
  deskSellInput.superRefine((input, ctx) => {
    if (input.tickets.length > max) ctx.addIssue({ code: 'custom', path: ['tickets'], message: `每单最多${max}张` });
    if (seated && !input.bestSeats) ctx.addIssue({ code: 'custom', path: ['bestSeats'], message: BEST_SEATS_MESSAGE });
  });

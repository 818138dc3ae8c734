// The visitor's seats on a seated session's map (seed 001): picking and dropping one, keeping the choice
// true to the seats taken, what the chosen seats read as and cost at full price, and the seats as the
// confirm page's parameter. Pure: the seat page draws it, the confirm page reads the parameter.
import { sumFen, type Fen } from '@shared/rules/money';
import type { Pricing } from '@shared/rules/policy';
import { priceOf } from '@shared/rules/pricing';
import { seatLabel, seatsOf, type Seat, type SeatMap } from '@shared/rules/seats';

/** A map's seats by id, in reading order (section, row, column), as seatsOf reads them. */
export type SeatIndex = ReadonlyMap<string, Seat>;

export const indexSeats = (map: SeatMap): SeatIndex => new Map(seatsOf(map).map((s) => [s.id, s]));

/** What may be chosen: the map's seats, those taken (sold or held for a payment), and how many at most. */
export interface Choosable {
  seats: SeatIndex;
  taken: ReadonlySet<string>;
  max: number;
}

/** A tap's outcome: the new choice, or why the seat cannot be had (the page says it). */
export type Toggled = { selected: string[] } | { refused: string };

/** Ids in the map's reading order, so the confirm page gives the seats to the attendees from the left. */
const inReadingOrder = (ids: readonly string[], seats: SeatIndex) => {
  const wanted = new Set(ids);
  return [...seats.keys()].filter((id) => wanted.has(id));
};

/** A tap on a seat: a chosen one is dropped; a free one is added while fewer than `max` are chosen. */
export function toggleSeat(selected: readonly string[], seatId: string, { seats, taken, max }: Choosable): Toggled {
  if (selected.includes(seatId)) return { selected: selected.filter((id) => id !== seatId) };
  const seat = seats.get(seatId);
  if (!seat?.forSale) return { refused: '该座位不可售' };
  if (taken.has(seatId)) return { refused: '该座位已售出' };
  if (selected.length >= max) return { refused: max > 0 ? `最多可选${max}个座位` : '该场次当前不可选座' };
  return { selected: inReadingOrder([...selected, seatId], seats) };
}

/**
 * The choice without the seats taken meanwhile (the map loaded again, e.g. back from a refusal) or gone
 * from the map; the same array when nothing changed, so the page does not draw again for nothing.
 */
export function keepAvailable(selected: readonly string[], seats: SeatIndex, taken: ReadonlySet<string>) {
  const kept = selected.filter((id) => seats.get(id)?.forSale && !taken.has(id));
  return kept.length === selected.length ? selected : kept;
}

/**
 * The full price (the resource's first ticket type, 全价, what booking.create sells unless told otherwise)
 * in a seat's zone. Undefined for a hall that sells free seats, and for a zone its prices no longer have:
 * the map then shows no price rather than a guessed one, and the function refuses that seat at booking.
 */
export function fullPriceOf(pricing: Pricing | undefined, zoneId: string | undefined): Fen | undefined {
  if (!pricing) return undefined;
  if (zoneId !== undefined && !pricing.zones.some((z) => z.id === zoneId)) return undefined;
  return priceOf(pricing, pricing.ticketTypes[0].id, { zoneId });
}

/** A chosen seat as its chip reads: `一楼 3排12座` and its full price. */
export interface SeatChip {
  id: string;
  label: string;
  priceFen?: Fen;
}

export function selectionChips(selected: readonly string[], seats: SeatIndex, pricing?: Pricing): SeatChip[] {
  return selected.flatMap((id) => {
    const seat = seats.get(id);
    if (!seat) return [];
    const priceFen = fullPriceOf(pricing, seat.zoneId);
    return [{ id, label: seatLabel(seat), ...(priceFen === undefined ? {} : { priceFen }) }];
  });
}

/** What the chosen seats cost at full price; undefined when a seat has no price (a free hall). */
export function fullPriceTotal(chips: readonly SeatChip[]): Fen | undefined {
  const prices = chips.map((c) => c.priceFen);
  return prices.every((p): p is Fen => p !== undefined) ? sumFen(prices) : undefined;
}

/** A zone of the map's legend: its colour (its place in `map.zones`), its name and its full price. */
export interface ZoneKey {
  index: number;
  name: string;
  priceFen?: Fen;
}

export const zoneLegend = (map: SeatMap, pricing?: Pricing): ZoneKey[] =>
  map.zones.map((zoneId, index) => {
    const priceFen = fullPriceOf(pricing, zoneId);
    const name = pricing?.zones.find((z) => z.id === zoneId)?.name ?? zoneId;
    return { index, name, ...(priceFen === undefined ? {} : { priceFen }) };
  });

/** The confirm page's `seats` parameter: the chosen seat ids joined by `,` (ids hold no comma). */
export const seatsParam = (selected: readonly string[]) => selected.join(',');

/** The seat ids of the confirm page's `seats` parameter, in their order, without blanks or repeats. */
export const parseSeatsParam = (param: string | undefined): string[] => [
  ...new Set(
    (param ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

// The price zones of a seated hall as the editor types them (prices in yuan), and the pricing zones
// (prices in integer fen) they make, both ways. A zone's letter on the map is its place in this list.
import { parseYuan, yuanAmount } from '@shared/rules/money';
import type { PriceZone } from '@shared/rules/policy';

export interface ZoneRow {
  /** Kept from the pricing (seats and orders name the zone by it) or made for a new zone. */
  id: string;
  name: string;
  /** Yuan as typed, by ticket type id; empty: the type's base price. */
  prices: Record<string, string>;
}

/**
 * The one zone of a free resource's map: the map's letters need a zone id, but there is nothing to price,
 * so it is not one of the resource's pricing zones and is never upserted.
 */
export const FREE_ZONE: ZoneRow = { id: 'all', name: '座位', prices: {} };

/** A zone's name as the brushes and the summary show it (a new zone may have none yet). */
export const zoneName = (zones: ZoneRow[], at: number) => zones[at].name.trim() || `票价区${at + 1}`;

export const zoneRowsOf = (zones: PriceZone[]): ZoneRow[] =>
  zones.map((z) => ({
    id: z.id,
    name: z.name,
    prices: Object.fromEntries(Object.entries(z.prices).map(([type, fen]) => [type, yuanAmount(fen)])),
  }));

/**
 * The pricing zones the rows make: an empty price is left out (the type's base price there); one that is
 * not an amount is NaN, which the contract refuses as 格式不正确 at `zones.<i>.prices.<type>`.
 */
export const priceZonesOf = (rows: ZoneRow[]): PriceZone[] =>
  rows.map((r) => ({
    id: r.id,
    name: r.name,
    prices: Object.fromEntries(
      Object.entries(r.prices)
        .filter(([, text]) => text.trim() !== '')
        .map(([type, text]) => [type, parseYuan(text) ?? Number.NaN]),
    ),
  }));

/** Whether the rows say something else than the saved zones (names, prices, order: the map's letters). */
export const zonesChanged = (rows: ZoneRow[], saved: PriceZone[]) =>
  JSON.stringify(priceZonesOf(rows)) !== JSON.stringify(saved);

// The cells of a seat map as the editor paints them (shared/rules/seats.ts defines the format): `.` aisle,
// `a`–`h` a seat of zone 0–7, `A`–`H` that zone's wheelchair space, `x` not for sale.

export const AISLE = '.';
export const BLOCKED = 'x';
/** A map names at most eight price zones, one per letter. */
export const MAX_ZONES = 8;

/** A seat of zone `zone` (`a` is zone 0). */
export const seatCell = (zone: number) => String.fromCharCode(97 + zone);

/** A wheelchair space of zone `zone` (`A` is zone 0). */
export const wheelchairCell = (zone: number) => String.fromCharCode(65 + zone);

const isSeat = (cell: string) => cell >= 'a' && cell <= 'h';
const isWheelchair = (cell: string) => cell >= 'A' && cell <= 'H';

/** The zone a seat or wheelchair space belongs to; -1 for an aisle or a seat not for sale. */
export function zoneOfCell(cell: string): number {
  if (isSeat(cell)) return cell.charCodeAt(0) - 97;
  if (isWheelchair(cell)) return cell.charCodeAt(0) - 65;
  return -1;
}

/** The same kind of cell in another zone (a seat stays a seat, a wheelchair space a wheelchair space). */
export const inZone = (cell: string, zone: number) => (isWheelchair(cell) ? wheelchairCell(zone) : seatCell(zone));

/** What a brush paints: a zone's seat or wheelchair space, a seat not for sale, or an aisle. */
export type BrushKind = 'seat' | 'wheelchair' | 'blocked' | 'aisle';

export interface Brush {
  kind: BrushKind;
  /** The zone of a seat or wheelchair brush (kept while another brush is chosen, for 轮椅位). */
  zone: number;
}

export function brushCell({ kind, zone }: Brush): string {
  if (kind === 'seat') return seatCell(zone);
  if (kind === 'wheelchair') return wheelchairCell(zone);
  return kind === 'blocked' ? BLOCKED : AISLE;
}

/**
 * The classes that colour a cell: its zone's colour (index.css numbers them z0–z7), drawn round for a
 * wheelchair space; greys for a seat not for sale and for an aisle.
 */
export function cellClass(cell: string): string {
  if (cell === AISLE) return 'seat-cell seat-cell--aisle';
  if (cell === BLOCKED) return 'seat-cell seat-cell--blocked';
  return `seat-cell seat-cell--z${zoneOfCell(cell)}${isWheelchair(cell) ? ' seat-cell--wheelchair' : ''}`;
}

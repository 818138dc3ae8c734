// How the seat page draws a map (seed 001): each row a line of cells, one per column of the map, a seat's
// look fixed once per map (its zone's colour, a wheelchair space, not for sale) and only its state (taken,
// chosen) worked out per drawing. Pure; read from the seats as rules/seats.ts reads them, not from the
// map's letters again.
import { seatId, type Seat, type SeatMap } from '@shared/rules/seats';
import type { SeatIndex } from './selection';

/** One column of a row: a seat (its id) or a gap (an aisle, the stage's curve); `look` is its fixed classes. */
export interface CellLayout {
  key: string;
  seatId?: string;
  look: string;
}

export interface RowLayout {
  /** Unique in the map: `section_row`. */
  key: string;
  label: string;
  cells: CellLayout[];
}

export interface SectionLayout {
  id: string;
  name: string;
  rows: RowLayout[];
}

/**
 * The zoom's sizes in design px (the app is drawn 375 wide), smallest first: a seat's side and the space on
 * each side of it. The map sets them as CSS variables (index.css reads them), so a zoom changes one style.
 */
export const ZOOMS = [
  { seat: 8, gap: 1 },
  { seat: 12, gap: 1 },
  { seat: 18, gap: 2 },
  { seat: 26, gap: 2 },
] as const;
export const DEFAULT_ZOOM = 1;

/** Beside a row's cells: its two labels (20 px each) and the map's padding (8 px each side), as index.css draws them. */
const ROW_MARGINS = 2 * 20 + 2 * 8;

/**
 * Where to scroll (design px) so that a view `viewWidth` wide shows the middle of the section, where the
 * stage is, at this zoom; 0 when the section fits.
 */
export function middleScroll(section: SectionLayout, zoom: number, viewWidth: number): number {
  const { seat, gap } = ZOOMS[zoom];
  const columns = Math.max(0, ...section.rows.map((r) => r.cells.length));
  return Math.max(0, Math.round((columns * (seat + 2 * gap) + ROW_MARGINS - viewWidth) / 2));
}

const rowKey = (sectionId: string, r: number) => `${sectionId}_${r}`;

const lookOf = (seat: Seat, zones: readonly string[]) =>
  [
    'seat',
    seat.forSale ? `seat--z${Math.max(0, zones.indexOf(seat.zoneId ?? ''))}` : 'seat--off',
    seat.wheelchair ? 'seat--wheelchair' : '',
  ]
    .filter(Boolean)
    .join(' ');

/** The map's sections, each row as wide as its cells, seats where the map has them and gaps elsewhere. */
export function hallLayout(map: SeatMap, seats: SeatIndex): SectionLayout[] {
  return map.sections.map((section) => ({
    id: section.id,
    name: section.name,
    rows: section.rows.map((row, ri) => {
      const key = rowKey(section.id, ri + 1);
      const cells = Array.from({ length: row.cells.length }, (_, ci): CellLayout => {
        const seat = seats.get(seatId(section.id, ri + 1, ci + 1));
        return seat
          ? { key: seat.id, seatId: seat.id, look: lookOf(seat, map.zones) }
          : { key: `${key}_${ci + 1}`, look: 'seat seat--gap' };
      });
      return { key, label: row.label, cells };
    }),
  }));
}

/** A seat's classes now: chosen, else taken, else its look. */
export const seatClass = (look: string, taken: boolean, chosen: boolean) =>
  chosen ? `${look} seat--chosen` : taken ? `${look} seat--taken` : look;

/**
 * The chosen seats of each row, as a string per row key (`id,id`): a row's drawing depends on its own
 * string only, so a tap draws one row again while the others keep theirs.
 */
export function chosenByRow(selected: readonly string[], seats: SeatIndex): Map<string, string> {
  const rows = new Map<string, string>();
  for (const id of selected) {
    const seat = seats.get(id);
    if (!seat) continue;
    const key = rowKey(seat.sectionId, seat.r);
    rows.set(key, rows.has(key) ? `${rows.get(key)},${id}` : id);
  }
  return rows;
}

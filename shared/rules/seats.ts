// A seated hall (seed 001): its seat map as data, the seats it sells, their labels and "best available".
// Pure, so the function, the visitor's map and the manager's editor read a map the same way.
//
// A map is sections (一楼, 二楼) of rows; a row is a label (3) and a string of cells, one character per
// column, so a 1,500-seat hall is about 1,500 characters:
//   `.`      no seat (an aisle, a gap, the stage's curve)
//   `a`–`h`  a seat of price zone `zones[0]`–`zones[7]` (the resource's pricing zones by id)
//   `A`–`H`  a wheelchair space of that zone
//   `x`      a seat not for sale (broken, kept for the venue, a camera position)
// Seats are numbered in a row from the left, counting every seat cell (also those not for sale), as halls
// number their chairs. A seat's id is its place in the grid, `section_row_column` (1-based), which is stable
// under relabelling and is safe as a stored field name.

export interface SeatRow {
  label: string;
  cells: string;
}

export interface SeatSection {
  id: string;
  name: string;
  rows: SeatRow[];
}

export interface SeatMap {
  sections: SeatSection[];
  /** Price zone ids by cell letter: `a` is zones[0]. */
  zones: string[];
}

export interface Seat {
  id: string;
  sectionId: string;
  sectionName: string;
  row: string;
  number: number;
  /** Grid position, 1-based. */
  r: number;
  c: number;
  zoneId?: string;
  wheelchair: boolean;
  forSale: boolean;
}

export const MAX_SEAT_SECTIONS = 10;
export const MAX_SEAT_ROWS = 80;
export const MAX_SEAT_COLUMNS = 80;
export const MAX_SEATS = 3000;
export const SEAT_CELL = /^[.a-hA-Hx]*$/;

const ZONE_LETTERS = 'abcdefgh';

export const seatId = (sectionId: string, r: number, c: number) => `${sectionId}_${r}_${c}`;

/** Every seat cell of the map, in reading order (section, row, column). */
export function seatsOf(map: SeatMap): Seat[] {
  const seats: Seat[] = [];
  for (const section of map.sections) {
    section.rows.forEach((row, ri) => {
      let number = 0;
      [...row.cells].forEach((cell, ci) => {
        if (cell === '.') return;
        number++;
        const zoneIndex = ZONE_LETTERS.indexOf(cell.toLowerCase());
        seats.push({
          id: seatId(section.id, ri + 1, ci + 1),
          sectionId: section.id,
          sectionName: section.name,
          row: row.label,
          number,
          r: ri + 1,
          c: ci + 1,
          ...(zoneIndex >= 0 && map.zones[zoneIndex] ? { zoneId: map.zones[zoneIndex] } : {}),
          wheelchair: cell >= 'A' && cell <= 'H',
          forSale: cell !== 'x',
        });
      });
    });
  }
  return seats;
}

/** What the ticket, the message and the gate say: `二楼 3排12座`. */
export const seatLabel = (seat: Pick<Seat, 'sectionName' | 'row' | 'number'>) =>
  `${seat.sectionName} ${seat.row}排${seat.number}座`;

/** The seats sold: every seat cell but those not for sale. */
export const sellableSeats = (map: SeatMap) => seatsOf(map).filter((s) => s.forSale);

/** What is wrong with a map, each at its path (the admin contract turns these into field errors). */
export function seatMapIssues(map: SeatMap): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const sectionIds = new Set<string>();
  map.sections.forEach((section, si) => {
    if (sectionIds.has(section.id)) issues.push({ path: ['sections', si, 'id'], message: '区域编号重复' });
    sectionIds.add(section.id);
    const labels = new Set<string>();
    section.rows.forEach((row, ri) => {
      if (labels.has(row.label)) issues.push({ path: ['sections', si, 'rows', ri, 'label'], message: '排号重复' });
      labels.add(row.label);
      const zoneOver = [...row.cells].find(
        (c) => c !== '.' && c !== 'x' && ZONE_LETTERS.indexOf(c.toLowerCase()) >= map.zones.length,
      );
      if (zoneOver)
        issues.push({ path: ['sections', si, 'rows', ri, 'cells'], message: `座位的票价区域“${zoneOver}”未设置` });
    });
  });
  const sellable = sellableSeats(map).length;
  if (sellable === 0) issues.push({ path: ['sections'], message: '座位图中没有可售座位' });
  if (seatsOf(map).length > MAX_SEATS) issues.push({ path: ['sections'], message: `座位数最多${MAX_SEATS}个` });
  return issues;
}

const isFree = (s: Seat | undefined, taken: ReadonlySet<string>, wheelchair: boolean) =>
  !!s && s.forSale && !taken.has(s.id) && s.wheelchair === wheelchair;

/**
 * 1 when the seat at `i` is free but the next one outwards (`step`) is not, is across an aisle, or is past
 * the row's end: a block next to it would leave one seat that nobody sitting together can use. Seats of
 * the other kind (wheelchair spaces beside chairs) do not count.
 */
function leavesSingle(row: Seat[], i: number, step: 1 | -1, taken: ReadonlySet<string>, wheelchair: boolean): number {
  const seat = row[i];
  if (!isFree(seat, taken, wheelchair)) return 0;
  const next = row[i + step];
  return !isFree(next, taken, wheelchair) || Math.abs(next.c - seat.c) !== 1 ? 1 : 0;
}

/**
 * Blocks of `n` free seats next to each other in one row (neighbouring seat numbers, no aisle between),
 * best first: wheelchair spaces only when asked for, sections in the map's order, then rows by their
 * distance from the hall's best row (a third of the way back), then blocks that leave no single seat
 * beside them, then by their distance from the row's centre. At most `limit` of them.
 */
export function bestBlocks(
  map: SeatMap,
  taken: ReadonlySet<string>,
  n: number,
  limit: number,
  wheelchair = false,
): Seat[][] {
  const blocks: { seats: Seat[]; score: number }[] = [];
  map.sections.forEach((section, si) => {
    const all = seatsOf({ sections: [section], zones: map.zones });
    const idealRow = Math.max(1, Math.round(section.rows.length / 3));
    section.rows.forEach((row, ri) => {
      const seats = all.filter((s) => s.r === ri + 1);
      for (let i = 0; i + n <= seats.length; i++) {
        const block = seats.slice(i, i + n);
        const free = block.every((s) => s.forSale && !taken.has(s.id) && s.wheelchair === wheelchair);
        const adjacent = block.every((s, k) => k === 0 || s.c === block[k - 1].c + 1);
        if (!free || !adjacent) continue;
        const centre = (block[0].c + block[n - 1].c) / 2;
        const orphans =
          leavesSingle(seats, i - 1, -1, taken, wheelchair) + leavesSingle(seats, i + n, 1, taken, wheelchair);
        const score =
          si * 1e6 + Math.abs(ri + 1 - idealRow) * 1e3 + orphans * 100 + Math.abs(centre - (row.cells.length + 1) / 2);
        blocks.push({ seats: block, score });
      }
    });
  });
  // A stable sort: equal scores keep reading order (the left block before the right).
  return blocks
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((b) => b.seats);
}

/** The best block of `n` seats together (bestBlocks), or null: the visitor then picks seats on the map. */
export const bestSeats = (map: SeatMap, taken: ReadonlySet<string>, n: number, wheelchair = false): Seat[] | null =>
  bestBlocks(map, taken, n, 1, wheelchair)[0] ?? null;

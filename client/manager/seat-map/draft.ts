// The seat map being drawn: its sections, its price zones, the brush, and the field errors shown; every
// edit is one action of `editDraft`. An edit replaces only the row it changes (the other rows keep their
// objects), so a memoised row re-renders only when it changed: one cell painted, one row drawn again.
import {
  MAX_SEAT_COLUMNS,
  MAX_SEAT_ROWS,
  MAX_SEAT_SECTIONS,
  type SeatRow,
  type SeatSection,
} from '@shared/rules/seats';
import type { FieldErrors } from '../../utils/fieldErrors';
import { MAX_ZONES, brushCell, inZone, seatCell, zoneOfCell, type Brush } from './cells';
import type { ZoneRow } from './zones';

export interface Draft {
  sections: SeatSection[];
  /** The section shown (its tab). */
  active: number;
  brush: Brush;
  zones: ZoneRow[];
  /** The ids saved before: a new section or zone takes none of them (sold seats may still name them). */
  savedSectionIds: string[];
  savedZoneIds: string[];
  /** By the paths the contract reports (`seatMap.sections.0.rows.1.label`, `policy.pricing.zones.0.name`). */
  errors: FieldErrors;
}

export type DraftAction =
  | { type: 'paintCell'; row: number; column: number }
  | { type: 'paintRow'; row: number }
  | { type: 'labelRow'; row: number; label: string }
  | { type: 'addRow' }
  | { type: 'removeRow' }
  | { type: 'addColumn' }
  | { type: 'removeColumn' }
  | { type: 'addSection' }
  | { type: 'removeSection' }
  | { type: 'renameSection'; name: string }
  | { type: 'showSection'; at: number }
  | { type: 'chooseBrush'; brush: Brush }
  | { type: 'addZone' }
  | { type: 'removeZone'; at: number }
  | { type: 'editZone'; at: number; patch: Partial<Omit<ZoneRow, 'id'>> }
  | { type: 'showErrors'; errors: FieldErrors };

/** A new section's size, every cell a seat of the first zone. */
const NEW_SECTION_ROWS = 10;
const NEW_SECTION_COLUMNS = 20;

/** The first `${prefix}1`, `${prefix}2` … that `taken` does not hold. */
function firstFree(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** The label of a row added at the end: the row's number, or the next one no other row is labelled. */
function nextLabel(rows: SeatRow[]): string {
  const labels = new Set(rows.map((r) => r.label));
  let n = rows.length + 1;
  while (labels.has(String(n))) n++;
  return String(n);
}

/**
 * A new zone: its id the first of `z1`, `z2` … that no zone has, saved or drawn, so a zone removed in this
 * edit and one added in it never share an id (sold seats may still name the removed one).
 */
export const newZone = (zones: ZoneRow[], savedIds: string[]): ZoneRow => ({
  id: firstFree('z', [...zones.map((z) => z.id), ...savedIds]),
  name: zones.length ? '' : '普通区',
  prices: {},
});

export function newSection(sections: SeatSection[], savedIds: string[]): SeatSection {
  const rows: SeatRow[] = [];
  for (let r = 0; r < NEW_SECTION_ROWS; r++)
    rows.push({ label: nextLabel(rows), cells: seatCell(0).repeat(NEW_SECTION_COLUMNS) });
  return { id: firstFree('s', [...sections.map((s) => s.id), ...savedIds]), name: `区域${sections.length + 1}`, rows };
}

/** The widest row's cells: the section's columns (rows may be shorter, e.g. a curved front row). */
export const columnsOf = (section: SeatSection) => Math.max(...section.rows.map((r) => r.cells.length));

const sectionPath = (s: number) => `seatMap.sections.${s}`;
const rowPath = (s: number, r: number) => `${sectionPath(s)}.rows.${r}`;

/** The errors without those at `under` or below it, and without those exactly at `exact`. */
function dropErrors(errors: FieldErrors, under: string[], exact: string[] = []): FieldErrors {
  const kept = Object.entries(errors).filter(
    ([path]) => !exact.includes(path) && !under.some((u) => path === u || path.startsWith(`${u}.`)),
  );
  return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
}

/** The draft with the shown section changed by `change`; errors of the section cleared as `clear` says. */
function editSection(draft: Draft, change: (section: SeatSection) => SeatSection, clear: string[]): Draft {
  const { sections, active } = draft;
  const next = change(sections[active]);
  if (next === sections[active]) return draft;
  return {
    ...draft,
    sections: sections.map((s, i) => (i === active ? next : s)),
    // Any edit of the seats may answer a complaint about the map as a whole (no seat for sale, too many).
    errors: dropErrors(draft.errors, clear, ['seatMap.sections']),
  };
}

/** The shown section with row `r` changed by `change` (the other rows keep their objects). */
function editRow(draft: Draft, r: number, change: (row: SeatRow) => SeatRow): Draft {
  return editSection(
    draft,
    (section) => {
      const next = change(section.rows[r]);
      return next === section.rows[r]
        ? section
        : { ...section, rows: section.rows.map((x, i) => (i === r ? next : x)) };
    },
    [rowPath(draft.active, r)],
  );
}

const paint = (row: SeatRow, column: number, cell: string): SeatRow =>
  row.cells[column] === cell
    ? row
    : { ...row, cells: `${row.cells.slice(0, column)}${cell}${row.cells.slice(column + 1)}` };

/** Every seat and wheelchair space moved to the zone `move` gives for its own (the letters after a removed zone). */
function reletter(sections: SeatSection[], move: (zone: number) => number): SeatSection[] {
  return sections.map((s) => ({
    ...s,
    rows: s.rows.map((row) => {
      const cells = [...row.cells].map((c) => (zoneOfCell(c) < 0 ? c : inZone(c, move(zoneOfCell(c))))).join('');
      return cells === row.cells ? row : { ...row, cells };
    }),
  }));
}

const zoneInUse = (sections: SeatSection[], zone: number) =>
  sections.some((s) => s.rows.some((r) => [...r.cells].some((c) => zoneOfCell(c) === zone)));

/**
 * Why zone `at` cannot be removed now, or undefined: the map needs one zone to sell seats, and a zone with
 * seats on the map is repainted first, so that removing it never reprices seats unseen.
 */
export function whyKeepZone(draft: Pick<Draft, 'zones' | 'sections'>, at: number): string | undefined {
  if (draft.zones.length <= 1) return '至少保留一个票价区';
  if (zoneInUse(draft.sections, at)) return '该票价区还有座位，请先把这些座位改为其他票价区';
  return undefined;
}

function removeZone(draft: Draft, at: number): Draft {
  if (whyKeepZone(draft, at)) return draft;
  const { brush } = draft;
  return {
    ...draft,
    zones: draft.zones.filter((_, i) => i !== at),
    sections: reletter(draft.sections, (z) => (z > at ? z - 1 : z)),
    brush: { ...brush, zone: brush.zone === at ? 0 : brush.zone > at ? brush.zone - 1 : brush.zone },
    // The zones after it, and the rows naming their letters, are at other places now.
    errors: {},
  };
}

function removeSection(draft: Draft): Draft {
  const { sections, active } = draft;
  if (sections.length <= 1) return draft;
  return {
    ...draft,
    sections: sections.filter((_, i) => i !== active),
    active: Math.max(0, active - 1),
    errors: dropErrors(draft.errors, ['seatMap.sections']),
  };
}

export function editDraft(draft: Draft, action: DraftAction): Draft {
  const { active } = draft;
  switch (action.type) {
    case 'paintCell':
      return editRow(draft, action.row, (row) => paint(row, action.column, brushCell(draft.brush)));
    case 'paintRow':
      return editRow(draft, action.row, (row) => {
        const cells = brushCell(draft.brush).repeat(row.cells.length);
        return cells === row.cells ? row : { ...row, cells };
      });
    case 'labelRow':
      return editRow(draft, action.row, (row) => ({ ...row, label: action.label }));
    case 'addRow':
      return editSection(
        draft,
        (s) =>
          s.rows.length >= MAX_SEAT_ROWS
            ? s
            : // A hall's rows mostly repeat the one before (its aisles at the same places).
              { ...s, rows: [...s.rows, { label: nextLabel(s.rows), cells: s.rows[s.rows.length - 1].cells }] },
        [sectionPath(active)],
      );
    case 'removeRow':
      return editSection(draft, (s) => (s.rows.length <= 1 ? s : { ...s, rows: s.rows.slice(0, -1) }), [
        sectionPath(active),
      ]);
    case 'addColumn':
      return editSection(
        draft,
        (s) =>
          columnsOf(s) >= MAX_SEAT_COLUMNS
            ? s
            : // Each row goes on as it ends: a seat of its last cell's zone, an aisle, a seat not for sale.
              { ...s, rows: s.rows.map((r) => ({ ...r, cells: r.cells + r.cells[r.cells.length - 1].toLowerCase() })) },
        [sectionPath(active)],
      );
    case 'removeColumn':
      return editSection(
        draft,
        (s) =>
          columnsOf(s) <= 1
            ? s
            : {
                ...s,
                rows: s.rows.map((r) => (r.cells.length === columnsOf(s) ? { ...r, cells: r.cells.slice(0, -1) } : r)),
              },
        [sectionPath(active)],
      );
    case 'addSection':
      if (draft.sections.length >= MAX_SEAT_SECTIONS) return draft;
      return {
        ...draft,
        sections: [...draft.sections, newSection(draft.sections, draft.savedSectionIds)],
        active: draft.sections.length,
        errors: dropErrors(draft.errors, [], ['seatMap.sections']),
      };
    case 'removeSection':
      return removeSection(draft);
    case 'renameSection':
      return editSection(draft, (s) => ({ ...s, name: action.name }), [`${sectionPath(active)}.name`]);
    case 'showSection':
      return { ...draft, active: action.at };
    case 'chooseBrush':
      return { ...draft, brush: action.brush };
    case 'addZone':
      if (draft.zones.length >= MAX_ZONES) return draft;
      return {
        ...draft,
        zones: [...draft.zones, newZone(draft.zones, draft.savedZoneIds)],
        errors: dropErrors(draft.errors, [], ['seatMap.zones', 'policy.pricing.zones']),
      };
    case 'removeZone':
      return removeZone(draft, action.at);
    case 'editZone':
      return {
        ...draft,
        zones: draft.zones.map((z, i) => (i === action.at ? { ...z, ...action.patch } : z)),
        errors: dropErrors(draft.errors, [`policy.pricing.zones.${action.at}`, `seatMap.zones.${action.at}`]),
      };
    case 'showErrors':
      return { ...draft, errors: action.errors };
  }
}

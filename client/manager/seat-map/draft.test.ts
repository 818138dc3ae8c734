// The seat map editor's pure steps: each edit replaces only what it changes (the memoised rows rely on
// it), rows and columns grow as the hall does, zones are removed only when unused and the later ones take
// their letters, errors clear where the manager edits; the saved map opens in the editor's zone order.
import type { ResourceView } from '@shared/contract/types';
import { DEFAULT_POLICY, type Pricing } from '@shared/rules/policy';
import type { SeatMap } from '@shared/rules/seats';
import { editDraft, whyKeepZone, type Draft, type DraftAction } from './draft';
import { checkSave, zonesUpsertOf } from './save';
import { draftOf } from './start';

const PRICING: Pricing = {
  ticketTypes: [{ id: 'full', name: '全价', priceFen: 10000 }],
  holdMinutes: 15,
  refund: { fullHoursBefore: 24, partialHoursBefore: 24, partialPercent: 50 },
  zones: [
    { id: 'stalls', name: '池座', prices: { full: 18000 } },
    { id: 'balcony', name: '楼座', prices: {} },
  ],
};

const HALL: ResourceView = {
  id: 'res-hall',
  venueId: 'venue-culture',
  name: '音乐厅',
  kind: 'event',
  mode: 'slot',
  allocation: 'fcfs',
  policy: { ...DEFAULT_POLICY, pricing: PRICING },
};

const MAP: SeatMap = {
  zones: ['stalls', 'balcony'],
  sections: [
    {
      id: 'f1',
      name: '一楼',
      rows: [
        { label: '1', cells: 'aa.aa' },
        { label: '2', cells: 'aa.aA' },
        { label: '3', cells: 'bbb' },
      ],
    },
  ],
};

const run = (draft: Draft, ...actions: DraftAction[]) => actions.reduce(editDraft, draft);
const cells = (draft: Draft) => draft.sections[draft.active].rows.map((r) => r.cells);

describe('editing the map', () => {
  test('painting a cell replaces its row only; the other rows and sections keep their objects', () => {
    const before = run(draftOf(HALL, MAP), { type: 'addSection' }, { type: 'showSection', at: 0 });
    const after = run(
      before,
      { type: 'chooseBrush', brush: { kind: 'blocked', zone: 0 } },
      { type: 'paintCell', row: 1, column: 4 },
    );
    expect(cells(after)).toEqual(['aa.aa', 'aa.ax', 'bbb']);
    const [rowsBefore, rowsAfter] = [before.sections[0].rows, after.sections[0].rows];
    expect(rowsAfter[0]).toBe(rowsBefore[0]);
    expect(rowsAfter[1]).not.toBe(rowsBefore[1]);
    expect(rowsAfter[2]).toBe(rowsBefore[2]);
    expect(after.sections[1]).toBe(before.sections[1]);
    // Painting what a cell already is changes nothing at all.
    expect(editDraft(after, { type: 'paintCell', row: 1, column: 4 })).toBe(after);
  });

  test('a row label paints the row; a wheelchair brush paints its zone’s wheelchair space', () => {
    const draft = run(
      draftOf(HALL, MAP),
      { type: 'chooseBrush', brush: { kind: 'seat', zone: 1 } },
      { type: 'chooseBrush', brush: { kind: 'wheelchair', zone: 1 } },
      { type: 'paintCell', row: 0, column: 0 },
      { type: 'chooseBrush', brush: { kind: 'aisle', zone: 1 } },
      { type: 'paintRow', row: 2 },
    );
    expect(cells(draft)).toEqual(['Ba.aa', 'aa.aA', '...']);
  });

  test('an added row repeats the last one under the next free number; a column continues each row as it ends', () => {
    const labelled = run(draftOf(HALL, MAP), { type: 'labelRow', row: 2, label: '4' });
    const draft = run(labelled, { type: 'addRow' }, { type: 'addColumn' });
    expect(draft.sections[0].rows.map((r) => r.label)).toEqual(['1', '2', '4', '5']);
    // A wheelchair space at a row's end is continued by a seat of its zone.
    expect(cells(draft)).toEqual(['aa.aaa', 'aa.aAa', 'bbbb', 'bbbb']);
    // Removing a column shortens the widest rows only: the short rows keep their seats.
    expect(cells(run(draft, { type: 'removeColumn' }, { type: 'removeColumn' }))).toEqual([
      'aa.a',
      'aa.a',
      'bbbb',
      'bbbb',
    ]);
  });

  test('a section keeps at least one row, and the map at least one section', () => {
    const one = run(draftOf(HALL, MAP), { type: 'removeRow' }, { type: 'removeRow' });
    expect(cells(one)).toEqual(['aa.aa']);
    expect(editDraft(one, { type: 'removeRow' })).toBe(one);
    expect(editDraft(one, { type: 'removeSection' })).toBe(one);
  });

  test('a new section takes no id of the saved map and starts as 10 rows of 20 seats of the first zone', () => {
    const draft = run(draftOf(HALL, { ...MAP, sections: [{ ...MAP.sections[0], id: 's1' }] }), { type: 'addSection' });
    expect(draft.active).toBe(1);
    expect(draft.sections[1]).toMatchObject({ id: 's2', name: '区域2' });
    expect(cells(draft)).toEqual(Array(10).fill('a'.repeat(20)));
    expect(draft.sections[1].rows.map((r) => r.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  test('a zone with seats is kept; once unused it goes, and the zones after it take its letter', () => {
    const start = run(
      draftOf(HALL, MAP),
      { type: 'addZone' },
      { type: 'chooseBrush', brush: { kind: 'seat', zone: 2 } },
    );
    expect(start.zones.map((z) => z.id)).toEqual(['stalls', 'balcony', 'z1']);
    const vip = run(start, { type: 'paintRow', row: 2 });
    expect(whyKeepZone(vip, 1)).toBeUndefined();
    expect(whyKeepZone(vip, 0)).toBe('该票价区还有座位，请先把这些座位改为其他票价区');
    expect(editDraft(vip, { type: 'removeZone', at: 0 })).toBe(vip);
    const removed = editDraft(vip, { type: 'removeZone', at: 1 });
    expect(removed.zones.map((z) => z.id)).toEqual(['stalls', 'z1']);
    expect(cells(removed)).toEqual(['aa.aa', 'aa.aA', 'bbb']);
    expect(removed.brush).toEqual({ kind: 'seat', zone: 1 });
    // A zone added after the removal takes neither a drawn id nor a saved one.
    expect(editDraft(removed, { type: 'addZone' }).zones.map((z) => z.id)).toEqual(['stalls', 'z1', 'z2']);
  });

  test('an edit clears the errors at what it changed, and the map’s own, but not the others', () => {
    const errors = {
      'seatMap.sections': '座位图中没有可售座位',
      'seatMap.sections.0.rows.1.label': '排号重复',
      'seatMap.sections.0.rows.2.cells': '座位格式不正确',
      'policy.pricing.zones.1.name': '不能为空',
    };
    const shown = editDraft(draftOf(HALL, MAP), { type: 'showErrors', errors });
    expect(editDraft(shown, { type: 'labelRow', row: 1, label: '9' }).errors).toEqual({
      'seatMap.sections.0.rows.2.cells': '座位格式不正确',
      'policy.pricing.zones.1.name': '不能为空',
    });
    expect(editDraft(shown, { type: 'editZone', at: 1, patch: { name: '楼座' } }).errors).toEqual({
      'seatMap.sections': '座位图中没有可售座位',
      'seatMap.sections.0.rows.1.label': '排号重复',
      'seatMap.sections.0.rows.2.cells': '座位格式不正确',
    });
  });
});

describe('opening and saving', () => {
  test('a map naming its zones in another order opens in the prices’ order, its letters moved to match', () => {
    const draft = draftOf(HALL, { ...MAP, zones: ['balcony', 'stalls'] });
    expect(draft.zones.map((z) => z.id)).toEqual(['stalls', 'balcony']);
    expect(cells(draft)).toEqual(['bb.bb', 'bb.bB', 'aaa']);
  });

  test('a zone the map names but the prices lost is kept, by its id, and the save gives it back to the prices', () => {
    const draft = draftOf(HALL, { ...MAP, zones: ['stalls', 'vip'] });
    expect(draft.zones.map((z) => [z.id, z.name])).toEqual([
      ['stalls', '池座'],
      ['balcony', '楼座'],
      ['vip', 'vip'],
    ]);
    expect(cells(draft)).toEqual(['aa.aa', 'aa.aA', 'ccc']);
    expect(zonesUpsertOf(HALL, draft.zones)?.policy.pricing.zones).toEqual([
      ...PRICING.zones,
      { id: 'vip', name: 'vip', prices: {} },
    ]);
  });

  test('zones as saved send no upsert; a free resource never does, its map of one zone `all`', () => {
    expect(zonesUpsertOf(HALL, draftOf(HALL, MAP).zones)).toBeUndefined();
    const free = { ...HALL, policy: DEFAULT_POLICY };
    const draft = draftOf(free, MAP);
    expect(draft.zones.map((z) => z.id)).toEqual(['all']);
    expect(cells(draft)).toEqual(['aa.aa', 'aa.aA', 'aaa']);
    expect(checkSave(free, draft)).toEqual({ ok: true, map: { ...MAP, zones: ['all'], sections: draft.sections } });
  });

  test('a price that is not an amount, and a zone without a name, are refused at the zone', () => {
    const draft = run(
      draftOf(HALL, MAP),
      { type: 'addZone' },
      { type: 'editZone', at: 2, patch: { prices: { full: '28.005' } } },
    );
    expect(checkSave(HALL, draft)).toEqual({
      ok: false,
      errors: { 'policy.pricing.zones.2.name': '不能为空', 'policy.pricing.zones.2.prices.full': '格式不正确' },
    });
  });
});

/**
 * 座位图 (weapp build): an existing map opens with its sections, zones and counts; cells and rows are
 * painted with the brush, rows and sections added, and the save sends the drawn cells; a change of the
 * price zones is upserted into the resource's pricing before the map is saved; the function's field
 * errors show beside the row or zone they name; 删除座位图 asks first and sends no map; a free resource's
 * map has one zone and no upsert. Needs `npm run build:weapp` first.
 */
import type { ResourceView } from '@shared/contract';
import { DEFAULT_POLICY, type Pricing } from '@shared/rules/policy';
import type { SeatMap } from '@shared/rules/seats';
import {
  answers,
  calls as allCalls,
  callsTo,
  closePages,
  cls,
  fails,
  fire,
  openPage,
  reset,
  settle,
  startApp,
  waitFor,
  wxCalls,
  type RenderedPage,
} from '../../testing/weappPage';

const PRICING: Pricing = {
  ticketTypes: [
    { id: 'full', name: '全价', priceFen: 12000 },
    { id: 'student', name: '学生', priceFen: 6000, proof: '学生证' },
  ],
  holdMinutes: 15,
  refund: { fullHoursBefore: 24, partialHoursBefore: 24, partialPercent: 50 },
  zones: [
    { id: 'stalls', name: '池座', prices: { full: 18000 } },
    { id: 'balcony', name: '楼座', prices: {} },
  ],
};

const GALA: ResourceView = {
  id: 'res-gala',
  venueId: 'venue-culture',
  name: '新年音乐会',
  kind: 'event',
  mode: 'slot',
  allocation: 'fcfs',
  location: '大剧场',
  policy: { ...DEFAULT_POLICY, pricing: PRICING },
  seats: 15,
};

/** A free lecture hall, not yet drawn. */
const LECTURE: ResourceView = {
  id: 'res-lecture',
  venueId: 'venue-museum',
  name: '科普讲座',
  kind: 'event',
  mode: 'slot',
  allocation: 'fcfs',
  policy: DEFAULT_POLICY,
};

// 一楼: two rows of 3 + aisle + 3 of 池座, a wheelchair space at the end of row 2; 二楼: one row of 楼座 with a
// seat not for sale.
const HALL: SeatMap = {
  zones: ['stalls', 'balcony'],
  sections: [
    {
      id: 'f1',
      name: '一楼',
      rows: [
        { label: '1', cells: 'aaa.aaa' },
        { label: '2', cells: 'aaa.aaA' },
      ],
    },
    { id: 'f2', name: '二楼', rows: [{ label: '1', cells: 'bbxb' }] },
  ],
};

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = { openid: 'o-manager', roles: [{ role: 'manager' }], credit: { noShows: 0 } };
  answers['resource.list'] = [GALA, LECTURE];
  answers['admin.seatmap.get'] = (data: Record<string, unknown>) => ({
    seatMap: data.resourceId === GALA.id ? HALL : null,
  });
  answers['admin.seatmap.save'] = { ...GALA, seats: 99 };
  answers['admin.resource.upsert'] = (data: Record<string, unknown>) => ({ ...GALA, ...data });
});
afterEach(closePages);

async function open(resourceId = GALA.id) {
  const page = openPage('manager/seat-map/index', { resourceId });
  expect(await page.shows('座位统计')).toBe(true);
  return page;
}

/** The rendered rows of the shown section. */
const rows = (page: RenderedPage) => Array.from(page.dom().querySelectorAll(cls('seat-row')));

/** The cells of row `r` as the map writes them, read back from their colours. */
function cellsOf(page: RenderedPage, r: number): string {
  const cells = Array.from(rows(page)[r]?.querySelectorAll(cls('seat-cell')) ?? []);
  return cells
    .map((el) => {
      const c = el.getAttribute('class') ?? '';
      if (c.includes('seat-cell--aisle')) return '.';
      if (c.includes('seat-cell--blocked')) return 'x';
      const zone = Number(/seat-cell--z(\d)/.exec(c)?.[1]);
      return String.fromCharCode((c.includes('seat-cell--wheelchair') ? 65 : 97) + zone);
    })
    .join('');
}

/** Expects `read()` to give `expected` once the page has drawn the last tap (a loaded machine draws late). */
async function expectSoon<T>(read: () => T, expected: T) {
  await waitFor(() => JSON.stringify(read()) === JSON.stringify(expected));
  expect(read()).toEqual(expected);
}

/** Expects rows `from`… to show `expected`. */
const expectCells = (page: RenderedPage, from: number, expected: string[]) =>
  expectSoon(() => expected.map((_, i) => cellsOf(page, from + i)), expected);

async function tapCell(page: RenderedPage, r: number, c: number) {
  const cell = rows(page)[r]?.querySelectorAll(cls('seat-cell'))[c];
  if (!cell) throw new Error(`no cell ${r}:${c}`);
  fire(cell, 'tap');
  await settle();
}

async function tapRowLabel(page: RenderedPage, r: number) {
  const label = rows(page)[r]?.querySelector(cls('seat-row__label'));
  if (!label) throw new Error(`no label on row ${r}`);
  fire(label, 'tap');
  await settle();
}

/** The cloud calls but the page's loads. */
const calls = () => allCalls.filter((c) => !['user.me', 'resource.list', 'admin.seatmap.get'].includes(c.action));

const brush = (page: RenderedPage, label: string) => page.tap(label, cls('brush-bar__item'));
const summaryRow = (page: RenderedPage, label: string) =>
  page.find(label, cls('seat-summary__label'))?.parentElement?.textContent ?? '';

describe('座位图 (weapp build)', () => {
  test('an existing map opens with its sections, zones and counts', async () => {
    const page = await open();
    expect(page.text()).toContain('新年音乐会');
    expect(page.find('一楼', cls('chip-tabs__item'))).not.toBeNull();
    expect(page.find('二楼', cls('chip-tabs__item'))).not.toBeNull();
    await expectCells(page, 0, ['aaa.aaa', 'aaa.aaA']);
    // Seats for sale by zone (wheelchair spaces apart), across both sections.
    expect(['池座', '楼座', '轮椅位', '不可售', '可售合计'].map((l) => summaryRow(page, l))).toEqual([
      '池座11座',
      '楼座3座',
      '轮椅位1个',
      '不可售1座',
      '可售合计15座',
    ]);
    await page.tap('二楼', cls('chip-tabs__item'));
    await expectCells(page, 0, ['bbxb']);
    await expectSoon(() => rows(page).length, 1);
    page.close();
  }, 20000);

  test('painted cells and rows, and an added row, are saved as the cells they show', async () => {
    const page = await open();
    await brush(page, '楼座');
    await tapCell(page, 0, 0);
    await brush(page, '不可售');
    await tapCell(page, 0, 6);
    // 轮椅位 paints the wheelchair space of the zone chosen last (楼座).
    await brush(page, '轮椅位·楼座');
    await tapCell(page, 1, 0);
    await expectCells(page, 0, ['baa.aax', 'Baa.aaA']);
    await page.tap('加一排', cls('nut-button'));
    await expectSoon(() => rows(page).length, 3);
    await brush(page, '过道');
    await tapRowLabel(page, 2);
    await expectCells(page, 2, ['.......']);
    await expectSoon(() => summaryRow(page, '可售合计'), '可售合计14座');

    await page.tap('保存座位图');
    expect(await page.shows('已保存，可售99座')).toBe(true);
    // The zones are as saved: nothing is upserted.
    expect(callsTo('admin.resource.upsert')).toEqual([]);
    expect(callsTo('admin.seatmap.save').map((c) => c.data)).toEqual([
      {
        resourceId: 'res-gala',
        seatMap: {
          zones: ['stalls', 'balcony'],
          sections: [
            {
              id: 'f1',
              name: '一楼',
              rows: [
                { label: '1', cells: 'baa.aax' },
                { label: '2', cells: 'Baa.aaA' },
                { label: '3', cells: '.......' },
              ],
            },
            HALL.sections[1],
          ],
        },
      },
    ]);
    page.close();
  }, 20000);

  test('a new zone is upserted into the resource’s pricing first, then the map names it', async () => {
    const page = await open();
    await page.tap('添加票价区');
    const names = () => page.dom().querySelectorAll(cls('zone-list__row'));
    expect(await waitFor(() => names().length === 3)).toBe(true);
    const inputOf = (row: number, nth: number) => {
      const inputs = Array.from(page.dom().querySelectorAll(cls('nut-input-native')));
      return inputs.indexOf(inputs.filter((el) => names()[row]?.contains(el))[nth]);
    };
    await page.input('nut-input-native', '贵宾', inputOf(2, 0));
    await page.input('nut-input-native', '280', inputOf(2, 1));
    await page.input('nut-input-native', '140.5', inputOf(2, 2));
    await brush(page, '贵宾');
    await tapRowLabel(page, 0);
    await expectCells(page, 0, ['ccccccc']);
    await expectSoon(() => summaryRow(page, '贵宾'), '贵宾7座');

    await page.tap('保存座位图');
    expect(await page.shows('已保存，可售99座')).toBe(true);
    expect(calls().map((c) => c.action)).toEqual(['admin.resource.upsert', 'admin.seatmap.save']);
    expect(callsTo('admin.resource.upsert')[0]?.data).toEqual({
      id: 'res-gala',
      venueId: 'venue-culture',
      name: '新年音乐会',
      kind: 'event',
      mode: 'slot',
      allocation: 'fcfs',
      location: '大剧场',
      policy: {
        pricing: {
          ...PRICING,
          zones: [...PRICING.zones, { id: 'z1', name: '贵宾', prices: { full: 28000, student: 14050 } }],
        },
      },
    });
    const saved = callsTo('admin.seatmap.save')[0]?.data?.seatMap as SeatMap;
    expect(saved.zones).toEqual(['stalls', 'balcony', 'z1']);
    expect(saved.sections[0].rows[0].cells).toBe('ccccccc');

    // Saved again unchanged, the zones are the resource's now: only the map is sent.
    await page.tap('保存座位图');
    expect(await waitFor(() => callsTo('admin.seatmap.save').length === 2)).toBe(true);
    expect(callsTo('admin.resource.upsert')).toHaveLength(1);
    page.close();
  }, 20000);

  test('a zone with seats on the map is kept; an unused one is removed and the later zones move up', async () => {
    const page = await open();
    const remove = async (row: number) => {
      const button = page.dom().querySelectorAll(cls('zone-list__row'))[row]?.querySelector(cls('nut-button'));
      if (!button) throw new Error(`no 删除 on zone ${row}`);
      fire(button, 'tap');
      await settle();
    };
    await remove(0);
    expect(await page.shows('该票价区还有座位，请先把这些座位改为其他票价区')).toBe(true);
    expect(page.dom().querySelectorAll(cls('zone-list__row'))).toHaveLength(2);
    // 二楼 repainted as 池座: 楼座 is unused and goes; the upsert sends 池座 alone.
    await page.tap('二楼', cls('chip-tabs__item'));
    await brush(page, '池座');
    await tapRowLabel(page, 0);
    await remove(1);
    expect(await waitFor(() => page.dom().querySelectorAll(cls('zone-list__row')).length === 1)).toBe(true);
    await page.tap('保存座位图');
    expect(await page.shows('已保存，可售99座')).toBe(true);
    expect((callsTo('admin.resource.upsert')[0]?.data?.policy as { pricing: unknown }).pricing).toEqual({
      ...PRICING,
      zones: [PRICING.zones[0]],
    });
    expect(callsTo('admin.seatmap.save')[0]?.data?.seatMap).toEqual({
      zones: ['stalls'],
      sections: [HALL.sections[0], { ...HALL.sections[1], rows: [{ label: '1', cells: 'aaaa' }] }],
    });
    page.close();
  }, 20000);

  test('the function’s field errors show beside the row and the zone they name, and its tab is marked', async () => {
    answers['admin.seatmap.save'] = fails('INVALID_INPUT', '填写的内容有误，请检查', {
      fields: [
        { path: 'data.seatMap.sections.1.rows.0.cells', message: '座位的票价区域“b”未设置' },
        { path: 'data.seatMap.zones.1', message: '请先在票价中设置该票价区域' },
      ],
    });
    const page = await open();
    await page.tap('保存座位图');
    expect(await page.shows('填写的内容有误，请检查')).toBe(true);
    const zoneRow = () => page.dom().querySelectorAll(cls('zone-list__row'))[1]?.textContent ?? '';
    expect(await waitFor(() => zoneRow().includes('请先在票价中设置该票价区域'))).toBe(true);
    expect(page.dom().querySelectorAll(cls('zone-list__row'))[0]?.textContent).not.toContain('请先在票价中设置');
    expect(page.find('二楼（待修改）', cls('chip-tabs__item'))).not.toBeNull();
    await page.tap('二楼（待修改）', cls('chip-tabs__item'));
    expect(await waitFor(() => (rows(page)[0]?.textContent ?? '').includes('座位的票价区域“b”未设置'))).toBe(true);
    // Painting the row clears its error, and the tab's mark.
    await tapRowLabel(page, 0);
    expect(await waitFor(() => !(rows(page)[0]?.textContent ?? '').includes('未设置'))).toBe(true);
    await expectSoon(() => page.find('二楼', cls('chip-tabs__item'))?.textContent, '二楼');
    page.close();
  }, 20000);

  test('an upsert refused at a zone shows its error there, and the map is not sent', async () => {
    answers['admin.resource.upsert'] = fails('INVALID_INPUT', '填写的内容有误，请检查', {
      fields: [{ path: 'data.policy.pricing.zones.1.prices.student', message: '没有此票种' }],
    });
    const page = await open();
    await page.input('nut-input-native', '楼座（后区）', 2);
    await page.tap('保存座位图');
    const zoneRow = () => page.dom().querySelectorAll(cls('zone-list__row'))[1]?.textContent ?? '';
    expect(await waitFor(() => zoneRow().includes('没有此票种'))).toBe(true);
    expect(callsTo('admin.resource.upsert')).toHaveLength(1);
    expect(callsTo('admin.seatmap.save')).toEqual([]);
    page.close();
  }, 20000);

  test('two rows labelled alike are refused on the phone, beside the second, before anything is sent', async () => {
    const page = await open();
    await page.tap('修改排号', cls('nut-button'));
    expect(await waitFor(() => page.dom().querySelectorAll(cls('seat-row__label-input')).length === 2)).toBe(true);
    await page.input('seat-row__label-input', '1', 1);
    await page.tap('保存座位图');
    expect(await waitFor(() => (rows(page)[1]?.textContent ?? '').includes('排号重复'))).toBe(true);
    expect(rows(page)[0]?.textContent).not.toContain('排号重复');
    expect(callsTo('admin.seatmap.save')).toEqual([]);
    await page.input('seat-row__label-input', 'B', 1);
    expect(await waitFor(() => !(rows(page)[1]?.textContent ?? '').includes('排号重复'))).toBe(true);
    await page.tap('保存座位图');
    expect(await waitFor(() => callsTo('admin.seatmap.save').length === 1)).toBe(true);
    const sent = callsTo('admin.seatmap.save')[0]?.data?.seatMap as SeatMap;
    expect(sent.sections[0].rows.map((r) => r.label)).toEqual(['1', 'B']);
    page.close();
  }, 20000);

  test('a section is added as 10 rows of 20 seats, renamed, and removed after asking', async () => {
    const page = await open();
    await page.tap('添加区域');
    expect(await waitFor(() => rows(page).length === 10)).toBe(true);
    await expectCells(page, 9, ['a'.repeat(20)]);
    expect(await page.shows('10排 × 20列')).toBe(true);
    await page.tap('加一列', cls('nut-button'));
    await expectCells(page, 0, ['a'.repeat(21)]);
    await page.input('nut-input-native', '包厢', 0);
    await expectSoon(() => page.find('包厢', cls('chip-tabs__item'))?.textContent, '包厢');
    await expectSoon(() => summaryRow(page, '池座'), `池座${11 + 210}座`);

    await page.tap('删除此区域', cls('nut-button'));
    expect(await page.shows('删除「包厢」和其中的座位？保存后生效。')).toBe(true);
    await page.tap('删除区域', cls('nut-dialog-footer-ok'));
    expect(await waitFor(() => !page.text().includes('包厢'))).toBe(true);
    await expectSoon(() => summaryRow(page, '池座'), '池座11座');
    page.close();
  }, 20000);

  test('删除座位图 asks first, then sends no map and goes back', async () => {
    const page = await open();
    await page.tap('删除座位图', cls('nut-button'));
    expect(await page.shows('删除后，此后新建的场次按人数售票、不再选座；已售出的座位不受影响。')).toBe(true);
    expect(callsTo('admin.seatmap.save')).toEqual([]);
    await page.tap('删除座位图', cls('nut-dialog-footer-ok'));
    expect(await page.shows('已删除座位图')).toBe(true);
    expect(callsTo('admin.seatmap.save').map((c) => c.data)).toEqual([{ resourceId: 'res-gala', seatMap: null }]);
    expect(await waitFor(() => wxCalls.some((c) => c.api === 'navigateBack'))).toBe(true);
    page.close();
  }, 20000);

  test('a free hall starts with one section of one zone, has no prices to set, and saves without an upsert', async () => {
    const page = await open(LECTURE.id);
    expect(page.text()).not.toContain('票价');
    expect(page.text()).not.toContain('删除座位图');
    expect(rows(page)).toHaveLength(10);
    expect(summaryRow(page, '座位')).toBe('座位200座');
    await brush(page, '轮椅位');
    await tapCell(page, 9, 0);
    await page.tap('保存座位图');
    expect(await page.shows('已保存，可售99座')).toBe(true);
    expect(callsTo('admin.resource.upsert')).toEqual([]);
    const sent = callsTo('admin.seatmap.save')[0]?.data?.seatMap as SeatMap;
    expect(sent.zones).toEqual(['all']);
    expect(sent.sections).toHaveLength(1);
    expect(sent.sections[0].rows[9]).toEqual({ label: '10', cells: `A${'a'.repeat(19)}` });
    page.close();
  }, 20000);

  test('a free hall has no zone list: an error of its zone shows with the map’s own, under the counts', async () => {
    answers['admin.seatmap.save'] = fails('INVALID_INPUT', '填写的内容有误，请检查', {
      fields: [{ path: 'data.seatMap.zones.0', message: '请先在票价中设置该票价区域' }],
    });
    const page = await open(LECTURE.id);
    await page.tap('保存座位图');
    const summary = () => page.dom().querySelector(cls('seat-summary'))?.textContent ?? '';
    expect(await waitFor(() => summary().includes('请先在票价中设置该票价区域'))).toBe(true);
    page.close();
  }, 20000);
});

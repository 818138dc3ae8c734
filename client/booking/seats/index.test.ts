/**
 * 选择座位 (weapp build): a seated session's map, section by section, with taken seats grey; taps choose seats
 * (not the taken ones) up to the booking's limit, shown as chips with their full prices; 推荐座位 chooses the
 * best block; 确认座位 opens 确认预约 with the seats; back from a refusal the map shows what was taken
 * meanwhile. A generated 1,500-seat hall is timed. Needs `npm run build:weapp` first.
 */
import {
  answers,
  callsTo,
  closePages,
  cls,
  fire,
  navigated,
  openPage,
  reset,
  settle,
  startApp,
  waitFor,
  type RenderedPage,
} from '../../testing/weappPage';
import { TOMORROW, slot } from '../testing';
import { BIG_HALL, THEATRE, seating } from './testing';

const SESSION = slot('s-show', TOMORROW, '19:00', { resourceId: THEATRE.id, capacity: 21, remaining: 19 });
const QUERY = { slotId: SESSION.id, resourceId: THEATRE.id, venueId: THEATRE.venueId, date: TOMORROW };
const TAKEN = ['stalls_1_2', 'stalls_1_3'];

beforeAll(startApp);
beforeEach(() => {
  reset();
  Object.assign(answers, {
    'resource.list': [THEATRE],
    'slot.list': [SESSION],
    'slot.seats': seating(SESSION.id, TAKEN),
  });
});
afterEach(closePages);

async function open() {
  const page = openPage('booking/seats/index', QUERY);
  if (!(await page.shows('舞台'))) throw new Error(`the page did not load: ${page.text()}`);
  return page;
}

/** The cells of the shown section's row `r` (1-based), one per column: seat `section_r_c` is the c-th. */
const rowCells = (page: RenderedPage, r: number) =>
  Array.from(page.dom().querySelectorAll(cls('seat-row'))[r - 1]?.querySelectorAll(cls('seat')) ?? []);

const cellAt = (page: RenderedPage, r: number, c: number) => {
  const cell = rowCells(page, r)[c - 1];
  if (!cell) throw new Error(`no cell at row ${r}, column ${c}`);
  return cell;
};

const classesAt = (page: RenderedPage, r: number, c: number) => cellAt(page, r, c).className;

async function tapSeat(page: RenderedPage, r: number, c: number) {
  fire(cellAt(page, r, c), 'tap');
  await settle();
}

const chips = (page: RenderedPage) =>
  Array.from(page.dom().querySelectorAll(cls('chosen-seats__chip'))).map((el) =>
    el.textContent?.replace('×', '').trim(),
  );

/** Waits for the chips to read `expected` (a tap is drawn a moment later), then checks them. */
async function expectChips(page: RenderedPage, expected: string[]) {
  await waitFor(() => JSON.stringify(chips(page)) === JSON.stringify(expected), 3000);
  expect(chips(page)).toEqual(expected);
}

const confirmButton = (page: RenderedPage) => page.find('确认座位', cls('nut-button'));

describe('选择座位 (weapp build)', () => {
  test('draws the session’s map: 舞台, the sections as tabs, rows labelled at both ends, zones and taken seats', async () => {
    const page = await open();
    const text = page.text();
    expect(text).toContain('小剧场');
    expect(text).toContain('19:00–20:00');
    expect(text).toContain('19 / 21');
    expect(page.find('一楼', cls('chip-tabs__item'))).not.toBeNull();
    expect(page.find('二楼', cls('chip-tabs__item'))).not.toBeNull();
    expect(callsTo('slot.seats').map((c) => c.data)).toEqual([{ slotId: SESSION.id }]);
    expect(callsTo('slot.list').map((c) => c.data)).toEqual([{ resourceId: THEATRE.id, from: TOMORROW, to: TOMORROW }]);

    const labels = Array.from(page.dom().querySelectorAll(cls('seat-row'))).map((row) =>
      Array.from(row.querySelectorAll(cls('seat-row__label'))).map((l) => l.textContent),
    );
    expect(labels).toEqual([
      ['1', '1'],
      ['2', '2'],
      ['3', '3'],
    ]);
    expect(rowCells(page, 1)).toHaveLength(7);
    expect(classesAt(page, 1, 1)).toContain('seat--z0');
    expect(classesAt(page, 1, 2)).toContain('seat--taken');
    expect(classesAt(page, 1, 4)).toContain('seat--gap');
    expect(classesAt(page, 2, 3)).toContain('seat--off');
    expect(classesAt(page, 2, 6)).toContain('seat--wheelchair');
    expect(classesAt(page, 3, 1)).toContain('seat--z1');
    // No text in a seat: the hall's cells stay plain views.
    expect(rowCells(page, 1).every((cell) => cell.textContent === '')).toBe(true);
    // The legend: each zone with its full price.
    expect(text).toContain('前区 ¥120');
    expect(text).toContain('后区 ¥80');

    await page.tap('二楼', cls('chip-tabs__item'));
    expect(await waitFor(() => rowCells(page, 1).length === 4)).toBe(true);
    expect(page.dom().querySelectorAll(cls('seat-row'))).toHaveLength(1);
    page.close();
  }, 20000);

  test('a taken seat cannot be picked; a free one is picked, and dropped again by a second tap', async () => {
    const page = await open();
    await tapSeat(page, 1, 2);
    expect(await page.shows('该座位已售出')).toBe(true);
    expect(classesAt(page, 1, 2)).not.toContain('seat--chosen');
    await expectChips(page, []);
    // A seat not for sale neither.
    await tapSeat(page, 2, 3);
    expect(await page.shows('该座位不可售')).toBe(true);
    await expectChips(page, []);
    expect(confirmButton(page)?.className).toContain('disabled');

    await tapSeat(page, 1, 1);
    await expectChips(page, ['一楼 1排1座 ¥120']);
    expect(classesAt(page, 1, 1)).toContain('seat--chosen');
    await tapSeat(page, 1, 1);
    await expectChips(page, []);
    expect(classesAt(page, 1, 1)).not.toContain('seat--chosen');
    page.close();
  }, 20000);

  test('two seats chosen show as chips with their total, and 确认座位 opens 确认预约 with seats=a,b', async () => {
    const page = await open();
    // Tapped right to left: the seats go in the map's order.
    await tapSeat(page, 3, 2);
    await tapSeat(page, 1, 5);
    await expectChips(page, ['一楼 1排4座 ¥120', '一楼 3排2座 ¥80']);
    expect(page.text()).toContain('全价合计 ¥200');

    await page.tap('确认座位', cls('nut-button'));
    expect(await waitFor(() => navigated('navigateTo').length === 1)).toBe(true);
    expect(navigated('navigateTo')).toEqual([
      `/booking/confirm/index?slotId=${SESSION.id}&resourceId=${THEATRE.id}&venueId=${THEATRE.venueId}` +
        `&date=${TOMORROW}&seats=${encodeURIComponent('stalls_1_5,stalls_3_2')}`,
    ]);
    page.close();
  }, 20000);

  test('no more seats than one booking takes or the session has left', async () => {
    answers['slot.list'] = [{ ...SESSION, remaining: 2 }];
    const page = await open();
    await tapSeat(page, 3, 1);
    await tapSeat(page, 3, 2);
    await tapSeat(page, 3, 3);
    expect(await page.shows('最多可选2个座位')).toBe(true);
    await expectChips(page, ['一楼 3排1座 ¥80', '一楼 3排2座 ¥80']);
    page.close();
  }, 20000);

  test('推荐座位 picks the best pair together, and the best three after +', async () => {
    const page = await open();
    await tapSeat(page, 3, 7);
    await expectChips(page, ['一楼 3排7座 ¥80']);
    await page.tap('推荐座位', cls('nut-button'));
    // Row 1 is the best row; its seats 2 and 3 are taken, so the pair right of the aisle, nearer the centre.
    await expectChips(page, ['一楼 1排4座 ¥120', '一楼 1排5座 ¥120']);
    expect(classesAt(page, 1, 5)).toContain('seat--chosen');
    expect(classesAt(page, 3, 7)).not.toContain('seat--chosen');

    await page.tap('+', cls('best-seats__step'));
    await page.tap('推荐座位', cls('nut-button'));
    await expectChips(page, ['一楼 1排4座 ¥120', '一楼 1排5座 ¥120', '一楼 1排6座 ¥120']);

    await page.tap('确认座位', cls('nut-button'));
    expect(await waitFor(() => navigated('navigateTo').length === 1)).toBe(true);
    expect(navigated('navigateTo')[0]).toContain(`seats=${encodeURIComponent('stalls_1_5,stalls_1_6,stalls_1_7')}`);
    page.close();
  }, 20000);

  test('推荐座位 says so when no block of that many is free', async () => {
    answers['slot.seats'] = seating(SESSION.id, [
      'stalls_1_2',
      'stalls_1_6',
      'stalls_2_2',
      'stalls_2_6',
      'stalls_3_2',
      'stalls_3_5',
      'balcony_1_2',
    ]);
    const page = await open();
    await page.tap('+', cls('best-seats__step'));
    await page.tap('推荐座位', cls('nut-button'));
    expect(await page.shows('没有3个相邻的空座了，请在座位图中自选')).toBe(true);
    await expectChips(page, []);
    page.close();
  }, 20000);

  test('− and + change the size of the seats, within four sizes', async () => {
    const page = await open();
    // The seats' side as the map's style sets it, in rpx (the simulator writes them as px).
    const size = () =>
      Number(
        page
          .dom()
          .querySelector(cls('seat-map'))
          ?.getAttribute('style')
          ?.match(/--seat-size:\s*(\d+)r?px/)?.[1],
      );
    expect(size()).toBe(24);
    for (let i = 0; i < 3; i++) await page.tap('+', cls('seat-zoom__button'));
    expect(size()).toBe(52);
    for (let i = 0; i < 4; i++) await page.tap('−', cls('seat-zoom__button'));
    expect(size()).toBe(16);
    page.close();
  }, 20000);

  test('shown again after a refusal, the map is loaded again: seats taken meanwhile are grey and dropped', async () => {
    const page = await open();
    await tapSeat(page, 1, 5);
    await tapSeat(page, 1, 6);
    await expectChips(page, ['一楼 1排4座 ¥120', '一楼 1排5座 ¥120']);
    // Someone else bought 1排5座 while the visitor was on 确认预约.
    answers['slot.seats'] = seating(SESSION.id, [...TAKEN, 'stalls_1_6']);
    const shown = getCurrentPages().at(-1) as unknown as { onShow: () => void };
    shown.onShow();
    expect(await waitFor(() => callsTo('slot.seats').length === 2)).toBe(true);
    expect(await waitFor(() => classesAt(page, 1, 6).includes('seat--taken'))).toBe(true);
    await expectChips(page, ['一楼 1排4座 ¥120']);
    page.close();
  }, 20000);

  test('a 1,500-seat hall draws in one go; a tap then sends the view one row’s change, not the hall', async () => {
    answers['slot.seats'] = seating(SESSION.id, ['hall_1_1'], BIG_HALL);
    answers['slot.list'] = [{ ...SESSION, capacity: 1500, remaining: 1499 }];
    const started = Date.now();
    const page = openPage('booking/seats/index', QUERY);
    // What Taro sends the view (setData), in characters: the first drawing, then the tap's.
    const sent: number[] = [];
    const instance = getCurrentPages().at(-1) as unknown as { setData: (data: object, cb?: () => void) => void };
    const setData = instance.setData.bind(instance);
    instance.setData = (data, cb) => {
      sent.push(JSON.stringify(data).length);
      setData(data, cb);
    };
    const seatCells = () =>
      Array.from(page.dom().querySelectorAll(cls('seat-row'))).flatMap((row) =>
        Array.from(row.querySelectorAll(cls('seat'))).filter((cell) => !cell.className.includes('seat--gap')),
      );
    expect(await waitFor(() => seatCells().length >= 1500, 15000)).toBe(true);
    const firstRender = Date.now() - started;
    expect(seatCells()).toHaveLength(1500);
    const drawn = sent.reduce((a, b) => a + b, 0);

    sent.length = 0;
    const tapStarted = Date.now();
    await tapSeat(page, 15, 30);
    expect(await waitFor(() => classesAt(page, 15, 30).includes('seat--chosen'))).toBe(true);
    const tap = Date.now() - tapStarted;
    await expectChips(page, ['大厅 15排29座 ¥80']);
    const tapSent = sent.reduce((a, b) => a + b, 0);
    // The seat's class, the chip and the button: a list of children that held the map would be sent whole.
    expect(tapSent).toBeLessThan(drawn / 20);
    console.log(
      `1,500-seat map: first render ${firstRender} ms (loading included, ${drawn} characters sent); ` +
        `a tap ${tap} ms (${tapSent} characters sent)`,
    );
    page.close();
  }, 30000);
});

// How the seat page draws a map: a cell per column, a seat's fixed look, its state, the chosen seats per row.
import { chosenByRow, hallLayout, middleScroll, seatClass } from './layout';
import { indexSeats } from './selection';
import { BIG_HALL, HALL } from './testing';

const seats = indexSeats(HALL);
const [stalls, balcony] = hallLayout(HALL, seats);

test('each row has a cell per column: seats by id, gaps where the map has none', () => {
  expect(stalls).toMatchObject({ id: 'stalls', name: '一楼' });
  expect(stalls.rows.map((r) => [r.key, r.label, r.cells.length])).toEqual([
    ['stalls_1', '1', 7],
    ['stalls_2', '2', 7],
    ['stalls_3', '3', 7],
  ]);
  expect(stalls.rows[0].cells.map((c) => c.seatId ?? null)).toEqual([
    'stalls_1_1',
    'stalls_1_2',
    'stalls_1_3',
    null,
    'stalls_1_5',
    'stalls_1_6',
    'stalls_1_7',
  ]);
  expect(balcony.rows[0].cells.map((c) => c.seatId)).toEqual([
    'balcony_1_1',
    'balcony_1_2',
    'balcony_1_3',
    'balcony_1_4',
  ]);
  const keys = [stalls, balcony].flatMap((s) => s.rows.flatMap((r) => r.cells.map((c) => c.key)));
  expect(new Set(keys).size).toBe(keys.length);
});

test('a seat looks like its zone, a wheelchair space is marked, one not for sale has no zone colour', () => {
  expect(stalls.rows[1].cells.map((c) => c.look)).toEqual([
    'seat seat--z0',
    'seat seat--z0',
    'seat seat--off',
    'seat seat--gap',
    'seat seat--z0',
    'seat seat--z0 seat--wheelchair',
    'seat seat--z0 seat--wheelchair',
  ]);
  expect(stalls.rows[2].cells[0].look).toBe('seat seat--z1');
});

test('a seat chosen reads chosen, else taken, else its look', () => {
  expect(seatClass('seat seat--z1', false, false)).toBe('seat seat--z1');
  expect(seatClass('seat seat--z1', true, false)).toBe('seat seat--z1 seat--taken');
  expect(seatClass('seat seat--z1', false, true)).toBe('seat seat--z1 seat--chosen');
});

test('the chosen seats are grouped by row, so only the rows they are in change', () => {
  const rows = chosenByRow(['stalls_1_1', 'stalls_1_2', 'balcony_1_3', 'nowhere_1_1'], seats);
  expect([...rows]).toEqual([
    ['stalls_1', 'stalls_1_1,stalls_1_2'],
    ['balcony_1', 'balcony_1_3'],
  ]);
});

test('the map opens at its middle when wider than its view, at its start when it fits', () => {
  const wide = hallLayout(BIG_HALL, indexSeats(BIG_HALL))[0];
  // 51 columns of 14 px (12 + 1 on each side), two 20 px labels and 8 px of padding each side: 770 px.
  expect(middleScroll(wide, 1, 350)).toBe(210);
  expect(middleScroll(wide, 3, 350)).toBe(Math.round((51 * 30 + 56 - 350) / 2));
  expect(middleScroll(stalls, 0, 350)).toBe(0);
});

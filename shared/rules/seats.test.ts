import { bestSeats, seatLabel, seatMapIssues, seatsOf, sellableSeats, type SeatMap } from './seats';

// 一楼: three rows of 7 columns with an aisle at column 4; 二楼: one row with a wheelchair space and a seat
// not for sale.
const HALL: SeatMap = {
  zones: ['stalls', 'balcony'],
  sections: [
    {
      id: 'f1',
      name: '一楼',
      rows: [
        { label: '1', cells: 'aaa.aaa' },
        { label: '2', cells: 'aaa.aaa' },
        { label: '3', cells: 'aaa.aaa' },
      ],
    },
    { id: 'f2', name: '二楼', rows: [{ label: '1', cells: 'Bbbxbb' }] },
  ],
};

test('seats are numbered from the left in each row, skipping aisles, counting seats not for sale', () => {
  const seats = seatsOf(HALL);
  expect(seats).toHaveLength(18 + 6);
  const row2 = seats.filter((s) => s.sectionId === 'f1' && s.r === 2);
  expect(row2.map((s) => [s.c, s.number])).toEqual([
    [1, 1],
    [2, 2],
    [3, 3],
    [5, 4],
    [6, 5],
    [7, 6],
  ]);
  const balcony = seats.filter((s) => s.sectionId === 'f2');
  expect(balcony.map((s) => [s.number, s.wheelchair, s.forSale, s.zoneId])).toEqual([
    [1, true, true, 'balcony'],
    [2, false, true, 'balcony'],
    [3, false, true, 'balcony'],
    [4, false, false, undefined],
    [5, false, true, 'balcony'],
    [6, false, true, 'balcony'],
  ]);
  expect(sellableSeats(HALL)).toHaveLength(23);
  expect(seatLabel(row2[3])).toBe('一楼 2排4座');
  expect(row2[3].id).toBe('f1_2_5');
});

test('best available: the best row first (a third back), then the centre, never across an aisle', () => {
  // Three rows: the best row is the first (round(3 / 3) = 1); its centre block of three without the aisle
  // is either side of it: the left block (columns 1–3) and the right one (5–7) are equally far.
  const three = bestSeats(HALL, new Set(), 3);
  expect(three?.map((s) => s.id)).toEqual(['f1_1_1', 'f1_1_2', 'f1_1_3']);
  const two = bestSeats(HALL, new Set(), 2);
  expect(two?.map((s) => s.id)).toEqual(['f1_1_2', 'f1_1_3']);
  // Four together exist in no row of 一楼 (an aisle splits each) and 二楼 has a seat not for sale: none.
  expect(bestSeats(HALL, new Set(), 4)).toBeNull();
});

test('best available skips taken seats and wheelchair spaces, and moves back a row when the best is full', () => {
  const taken = new Set(['f1_1_1', 'f1_1_2', 'f1_1_3', 'f1_1_5', 'f1_1_6', 'f1_1_7']);
  expect(bestSeats(HALL, taken, 2)?.map((s) => s.r)).toEqual([2, 2]);
  const allOfOne = new Set(
    seatsOf(HALL)
      .filter((s) => s.sectionId === 'f1')
      .map((s) => s.id),
  );
  expect(bestSeats(HALL, allOfOne, 2)?.map((s) => s.id)).toEqual(['f2_1_2', 'f2_1_3']);
  expect(bestSeats(HALL, allOfOne, 1, true)?.map((s) => s.id)).toEqual(['f2_1_1']);
});

test('best available leaves no single seat behind when it can help it', () => {
  const row: SeatMap = { zones: ['z'], sections: [{ id: 'f', name: '一楼', rows: [{ label: '1', cells: 'aaaa' }] }] };
  // The centre pair (2–3) would strand seats 1 and 4: the left pair is as central and strands nobody.
  expect(bestSeats(row, new Set(), 2)?.map((s) => s.c)).toEqual([1, 2]);
  // With seat 1 taken every pair strands one seat: then the central pair.
  expect(bestSeats(row, new Set(['f_1_1']), 2)?.map((s) => s.c)).toEqual([2, 3]);
  expect(bestSeats(row, new Set(['f_1_2']), 2)?.map((s) => s.c)).toEqual([3, 4]);
});

test('a map is refused where it does not add up, each issue at its place', () => {
  const bad: SeatMap = {
    zones: ['stalls'],
    sections: [
      {
        id: 'f1',
        name: '一楼',
        rows: [
          { label: '1', cells: 'aab' },
          { label: '1', cells: 'aa' },
        ],
      },
      { id: 'f1', name: '二楼', rows: [{ label: '1', cells: '..x' }] },
    ],
  };
  expect(seatMapIssues(bad)).toEqual([
    { path: ['sections', 0, 'rows', 0, 'cells'], message: '座位的票价区域“b”未设置' },
    { path: ['sections', 0, 'rows', 1, 'label'], message: '排号重复' },
    { path: ['sections', 1, 'id'], message: '区域编号重复' },
  ]);
  expect(
    seatMapIssues({ zones: [], sections: [{ id: 'f', name: '一楼', rows: [{ label: '1', cells: 'xx.' }] }] }),
  ).toEqual([{ path: ['sections'], message: '座位图中没有可售座位' }]);
  expect(seatMapIssues(HALL)).toEqual([]);
});

test('a 1,500-seat hall reads and finds its best seats', () => {
  const row = 'a'.repeat(20) + '.' + 'a'.repeat(10) + '.' + 'a'.repeat(20);
  const big: SeatMap = {
    zones: ['stalls'],
    sections: [
      { id: 'f1', name: '一楼', rows: Array.from({ length: 30 }, (_, i) => ({ label: String(i + 1), cells: row })) },
    ],
  };
  expect(sellableSeats(big)).toHaveLength(1500);
  const best = bestSeats(big, new Set(), 4);
  expect(best?.map((s) => [s.r, s.c])).toEqual([
    [10, 25],
    [10, 26],
    [10, 27],
    [10, 28],
  ]);
});

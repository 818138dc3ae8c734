import { bulkDates, bulkWindows, isClosedOn } from './slotBulk';

// 2026-12-07 is a Monday.
const week = { from: '2026-12-07', to: '2026-12-13' };

test('only the listed weekdays, both ends included', () => {
  expect(bulkDates({ ...week, weekdays: [1, 3, 0] })).toEqual(['2026-12-07', '2026-12-09', '2026-12-13']);
  expect(bulkDates({ from: '2026-12-07', to: '2026-12-07', weekdays: [1] })).toEqual(['2026-12-07']);
});

test('no dates when the range is backwards or no weekday is listed', () => {
  expect(bulkDates({ from: '2026-12-13', to: '2026-12-07', weekdays: [0, 1, 2, 3, 4, 5, 6] })).toEqual([]);
  expect(bulkDates({ ...week, weekdays: [] })).toEqual([]);
});

test('a range across the month and year end', () => {
  expect(bulkDates({ from: '2026-12-30', to: '2027-01-02', weekdays: [0, 1, 2, 3, 4, 5, 6] })).toEqual([
    '2026-12-30',
    '2026-12-31',
    '2027-01-01',
    '2027-01-02',
  ]);
});

test('windows are Asia/Shanghai times, date by date in the order of the times', () => {
  const windows = bulkWindows({
    from: '2026-12-07',
    to: '2026-12-08',
    weekdays: [1, 2],
    times: [
      { start: '09:00', end: '10:00' },
      { start: '00:30', end: '01:00' },
    ],
  });
  expect(windows.map((w) => [new Date(w.start).toISOString(), new Date(w.end).toISOString()])).toEqual([
    ['2026-12-07T01:00:00.000Z', '2026-12-07T02:00:00.000Z'],
    // 00:30 in Shanghai is the previous evening in UTC.
    ['2026-12-06T16:30:00.000Z', '2026-12-06T17:00:00.000Z'],
    ['2026-12-08T01:00:00.000Z', '2026-12-08T02:00:00.000Z'],
    ['2026-12-07T16:30:00.000Z', '2026-12-07T17:00:00.000Z'],
  ]);
});

test('nothing on the venue’s closed days: its weekly closing day and its dated holidays', () => {
  const closed = { weekdays: [1], dates: ['2026-12-10'] };
  // Mon 7 … Sun 13 December 2026, every weekday asked for.
  expect(bulkDates({ from: '2026-12-07', to: '2026-12-13', weekdays: [0, 1, 2, 3, 4, 5, 6], closed })).toEqual([
    '2026-12-08',
    '2026-12-09',
    '2026-12-11',
    '2026-12-12',
    '2026-12-13',
  ]);
  expect(isClosedOn('2026-12-14', closed)).toBe(true);
  expect(isClosedOn('2026-12-15', closed)).toBe(false);
  expect(isClosedOn('2026-12-15')).toBe(false);
});

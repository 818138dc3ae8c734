// The formats read business time (Asia/Shanghai) whatever the host's zone: exact readings here, and the
// same readings taken with the host in UTC and in New York (daylight saving, and still the previous day at
// Shanghai midnight) must agree.
import {
  clockTime,
  dateTime,
  dayName,
  fullDate,
  fullDateTime,
  longDate,
  monthDay,
  monthDayTime,
  slotWhen,
  timeRange,
  weekday,
  yearMonth,
} from './dates';
import { INSTANTS, readings, readingsIn } from './dates.fixture';

const { late, midnight, nySpring } = INSTANTS;

test('the day turns at Shanghai midnight, not at UTC midnight', () => {
  expect(new Date(late).getUTCDate()).toBe(new Date(midnight).getUTCDate());
  expect(dateTime(late)).toBe('2026-12-01 23:59');
  expect(dateTime(midnight)).toBe('2026-12-02 00:00');
  expect(monthDayTime(midnight)).toBe('12月2日 00:00');
  expect(fullDate(late)).toBe('2026年12月1日');
  expect(fullDate(midnight)).toBe('2026年12月2日');
  expect(slotWhen(late, midnight)).toBe('12月1日 周二 23:59–00:00');
  expect(slotWhen(midnight, midnight + 3600_000)).toBe('12月2日 周三 00:00–01:00');
  expect(clockTime(nySpring)).toBe('14:30');
  expect(fullDateTime(nySpring)).toBe('2026年3月8日 14:30');
});

test.each(['UTC', 'America/New_York'])('with the host in %s every reading is the same', (zone) => {
  expect(readingsIn(zone)).toEqual(readings());
});

test('dates are read as written', () => {
  expect(longDate('2026-12-01')).toBe('12月1日 周二');
  expect(weekday('2026-11-21')).toBe('周六');
  expect(monthDay('2026-01-05')).toBe('1/5');
  expect(yearMonth('2026-03')).toBe('2026年3月');
});

test('an instant is epoch milliseconds or ISO 8601 with its offset, and reads the same', () => {
  const ms = Date.parse('2026-12-01T01:05:00Z');
  for (const instant of [ms, '2026-12-01T09:05:00+08:00', '2026-12-01T01:05:00Z']) {
    expect(clockTime(instant)).toBe('09:05');
    expect(dateTime(instant)).toBe('2026-12-01 09:05');
    expect(monthDayTime(instant)).toBe('12月1日 09:05');
    expect(fullDateTime(instant)).toBe('2026年12月1日 09:05');
  }
  expect(timeRange('2026-12-01T09:00:00+08:00', '2026-12-01T10:00:00+08:00')).toBe('09:00–10:00');
});

test('days near today have words, others their weekday', () => {
  const today = '2026-12-31';
  expect(dayName('2026-12-30', today)).toBe('昨天');
  expect(dayName('2026-12-31', today)).toBe('今天');
  expect(dayName('2027-01-01', today)).toBe('明天');
  expect(dayName('2027-01-02', today)).toBe('周六');
  expect(dayName('2026-12-29', today)).toBe('周二');
});

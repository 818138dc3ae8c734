// Business time is Asia/Shanghai whatever the host's zone (dates.test.ts takes these readings with the
// host in other zones: a zone cannot be changed inside Jest).
import { addDays, addMonths, atLocal, dateOf, daysBetween, isDate, parseIso, timeOf, toIso, weekdayOf } from './time';

test('an instant shows its Shanghai wall clock', () => {
  const ms = Date.parse('2026-12-01T01:30:00Z');
  expect(toIso(ms)).toBe('2026-12-01T09:30:00+08:00');
  expect(timeOf(ms)).toBe('09:30');
});

test("the business date turns at Shanghai midnight, not the host's", () => {
  expect(dateOf(Date.parse('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
  expect(dateOf(Date.parse('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
});

test('atLocal is the inverse of the wall clock', () => {
  expect(atLocal('2026-12-01', '09:00')).toBe(Date.parse('2026-12-01T01:00:00Z'));
  expect(toIso(atLocal('2027-01-01', '00:00'))).toBe('2027-01-01T00:00:00+08:00');
});

test('date arithmetic across months and years', () => {
  expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  expect(daysBetween('2026-12-25', '2027-01-01')).toBe(7);
  expect(weekdayOf('2026-11-21')).toBe(6);
  expect(addMonths('2026-12', 1)).toBe('2027-01');
  expect(addMonths('2026-01', -1)).toBe('2025-12');
  expect(addMonths('2026-03', -14)).toBe('2025-01');
});

test('a date or time not written as one is refused', () => {
  expect(() => addDays('2026-1-1', 1)).toThrow(RangeError);
  expect(() => atLocal('2026-12-01', '9:00')).toThrow(RangeError);
  expect(() => weekdayOf('tomorrow')).toThrow(RangeError);
});

test('isDate accepts real calendar dates only', () => {
  expect(isDate('2028-02-29')).toBe(true);
  expect(isDate('2026-02-29')).toBe(false);
  expect(isDate('2026-13-01')).toBe(false);
  expect(isDate('2026-1-01')).toBe(false);
});

test('parseIso needs an explicit offset', () => {
  expect(parseIso('2026-12-01T09:00:00+08:00')).toBe(Date.parse('2026-12-01T01:00:00Z'));
  expect(parseIso('2026-12-01T01:00:00Z')).toBe(Date.parse('2026-12-01T01:00:00Z'));
  expect(parseIso('2026-12-01T09:00:00')).toBeNaN();
  expect(parseIso('tomorrow')).toBeNaN();
});

// The interval rules of seed 004 with a fixed clock, and properties over generated ranges. Instants are
// written with +08:00; the host runs these in whatever time zone it has (CI: UTC).
import { dateOf, MINUTE_MS, parseIso } from '../time';
import { prng } from '../testing/prng';
import {
  hoursOn,
  earliestDate,
  intervalProblem,
  intervalRules,
  nearestFree,
  occupiedGranules,
  type IntervalRules,
  type Range,
} from './interval';
import { resolvePolicy } from './policy';

const WEEKDAY = { opens: '08:30', closes: '18:00' };
const RULES: IntervalRules = {
  hours: { 1: WEEKDAY, 2: WEEKDAY, 3: WEEKDAY, 4: WEEKDAY, 5: WEEKDAY },
  workingDaysOnly: true,
  granularityMinutes: 15,
  minMinutes: 30,
  maxMinutes: 240,
  bufferMinutes: 10,
  leadWorkingDays: 1,
  opensDaysBefore: 30,
};
const at = (iso: string) => parseIso(iso);
const range = (day: string, from: string, to: string): Range => ({
  start: at(`${day}T${from}:00+08:00`),
  end: at(`${day}T${to}:00+08:00`),
});
// Wednesday 2 December 2026, 10:00 in Shanghai.
const NOW = at('2026-12-02T10:00:00+08:00');
const reason = (r: Range, rules = RULES, now = NOW) => intervalProblem(r, rules, now)?.reason ?? null;

describe('a range is refused for the rule it breaks', () => {
  test.each([
    ['a meeting 14:00–15:15 on Thursday', range('2026-12-03', '14:00', '15:15'), null],
    ['off the 15-minute grid', range('2026-12-03', '14:05', '15:05'), 'not_on_grid'],
    ['end before start', range('2026-12-03', '15:00', '14:00'), 'not_after_start'],
    ['shorter than 30 minutes', range('2026-12-03', '14:00', '14:15'), 'too_short'],
    ['longer than 4 hours', range('2026-12-03', '09:00', '13:15'), 'too_long'],
    ['before opening', range('2026-12-03', '08:00', '09:00'), 'outside_hours'],
    ['after closing', range('2026-12-03', '17:30', '18:15'), 'outside_hours'],
    ['on a Saturday', range('2026-12-05', '10:00', '11:00'), 'closed_day'],
    ['today, under one working day ahead', range('2026-12-02', '15:00', '16:00'), 'too_late'],
    ['already started', range('2026-12-02', '09:00', '10:30'), 'started'],
    ['more than 30 days ahead', range('2027-01-04', '10:00', '11:00'), 'not_open_yet'],
  ])('%s', (_, r, expected) => expect(reason(r)).toBe(expected));

  test('across midnight is refused; up to midnight is one day', () => {
    const allDay: IntervalRules = { ...RULES, hours: { 4: { opens: '00:00', closes: '23:59' } }, maxMinutes: 24 * 60 };
    expect(reason({ start: at('2026-12-03T23:00:00+08:00'), end: at('2026-12-04T00:30:00+08:00') }, allDay)).toBe(
      'crosses_midnight',
    );
  });

  test('the working calendar: a make-up Saturday is a working day, a public holiday is not', () => {
    const rules: IntervalRules = { ...RULES, hours: { ...RULES.hours, 6: WEEKDAY }, leadWorkingDays: 0 };
    const before = at('2026-09-15T10:00:00+08:00');
    // 2026-09-20 (Sunday) is a make-up workday; the Mid-Autumn holiday 2026-09-25 is a Friday off.
    expect(reason(range('2026-09-25', '10:00', '11:00'), rules, before)).toBe('closed_day');
    expect(reason(range('2026-09-20', '10:00', '11:00'), { ...rules, hours: { 0: WEEKDAY } }, before)).toBe(null);
  });

  test('a make-up Sunday without hours of its own keeps the working week’s hours; an ordinary Sunday stays closed', () => {
    const before = at('2026-09-15T10:00:00+08:00');
    const weekdaysOnly: IntervalRules = { ...RULES, hours: { 1: WEEKDAY, 2: WEEKDAY }, leadWorkingDays: 0 };
    expect(hoursOn('2026-09-20', weekdaysOnly)).toEqual(WEEKDAY);
    expect(reason(range('2026-09-20', '10:00', '11:00'), weekdaysOnly, before)).toBe(null);
    expect(hoursOn('2026-09-27', weekdaysOnly)).toBe(null);
    expect(hoursOn('2026-09-20', { ...weekdaysOnly, workingDaysOnly: false })).toBe(null);
  });

  test('lead working days skip weekends and holidays: on a Friday, one working day ahead is Monday', () => {
    const friday = at('2026-12-04T16:00:00+08:00');
    expect(earliestDate(friday, RULES)).toBe('2026-12-07');
    expect(reason(range('2026-12-07', '09:00', '10:00'), RULES, friday)).toBe(null);
    // Before the National Day week: the first working day after 30 September is 8 October.
    expect(earliestDate(at('2026-09-30T12:00:00+08:00'), RULES)).toBe('2026-10-08');
  });
});

describe('granules: the cells a booking holds', () => {
  test('start to end plus the buffer rounded up to the grid', () => {
    const cells = occupiedGranules(range('2026-12-03', '14:00', '15:15'), RULES);
    // 14:00 … 15:15 is five cells; a 10-minute buffer takes one more (15:15–15:30).
    expect(cells.map((c) => new Date(c).toISOString())).toEqual([
      '2026-12-03T06:00:00.000Z',
      '2026-12-03T06:15:00.000Z',
      '2026-12-03T06:30:00.000Z',
      '2026-12-03T06:45:00.000Z',
      '2026-12-03T07:00:00.000Z',
      '2026-12-03T07:15:00.000Z',
    ]);
  });

  test('property: two valid ranges share a cell exactly when they conflict with the buffer between', () => {
    const random = prng(20261203);
    const g = RULES.granularityMinutes;
    const buffer = Math.ceil(RULES.bufferMinutes / g) * g * MINUTE_MS;
    const pick = (): Range => {
      const from = 8 * 60 + 30 + g * Math.floor(random() * 36);
      const length = g * (2 + Math.floor(random() * 14));
      const start = at('2026-12-03T00:00:00+08:00') + from * MINUTE_MS;
      return { start, end: start + length * MINUTE_MS };
    };
    let checked = 0;
    for (let i = 0; i < 3000; i++) {
      const a = pick();
      const b = pick();
      if (intervalProblem(a, RULES, NOW) || intervalProblem(b, RULES, NOW)) continue;
      const cellsA = new Set(occupiedGranules(a, RULES));
      const share = occupiedGranules(b, RULES).some((c) => cellsA.has(c));
      const conflict = a.start < b.end + buffer && b.start < a.end + buffer;
      expect(share).toBe(conflict);
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });

  test('property: every accepted range is on the grid, within one day and within its opening hours', () => {
    const random = prng(7);
    for (let i = 0; i < 2000; i++) {
      const start = NOW + Math.floor(random() * 40 * 24 * 60) * MINUTE_MS;
      const r = { start, end: start + Math.floor(1 + random() * 300) * MINUTE_MS };
      if (intervalProblem(r, RULES, NOW)) continue;
      const hhmm = (ms: number) =>
        new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }).format(ms);
      expect(dateOf(r.start)).toBe(dateOf(r.end - 1));
      expect(Number(hhmm(r.start).slice(3)) % 15).toBe(0);
      expect(hhmm(r.start) >= '08:30' && hhmm(r.end) <= '18:00').toBe(true);
    }
  });
});

test('the nearest free ranges of the same length, on the day and after, none that breaks a rule', () => {
  const taken = range('2026-12-03', '14:00', '15:15');
  const cells = new Set(occupiedGranules(taken, RULES));
  const isFree = (r: Range) => occupiedGranules(r, RULES).every((c) => !cells.has(c));
  const offers = nearestFree(taken, RULES, NOW, isFree).map((r) => [
    new Date(r.start).toISOString(),
    new Date(r.end).toISOString(),
  ]);
  // 12:45–14:00 would leave no buffer before 14:00; 15:15 is the taken range's buffer. At equal
  // distance the earlier start comes first.
  expect(offers).toEqual([
    ['2026-12-03T04:30:00.000Z', '2026-12-03T05:45:00.000Z'], // 12:30–13:45
    ['2026-12-03T07:30:00.000Z', '2026-12-03T08:45:00.000Z'], // 15:30–16:45
    ['2026-12-03T04:15:00.000Z', '2026-12-03T05:30:00.000Z'], // 12:15–13:30
  ]);
});

test('a policy’s interval part gives the rules: hours by weekday, and booking opens as the policy says', () => {
  const policy = resolvePolicy({
    opensDaysBefore: 14,
    interval: { hours: [{ weekday: 6, opens: '10:00', closes: '16:00' }], granularityMinutes: 15, bufferMinutes: 10 },
  });
  expect(intervalRules(policy)).toEqual({
    hours: { 6: { opens: '10:00', closes: '16:00' } },
    workingDaysOnly: true,
    granularityMinutes: 15,
    minMinutes: 30,
    maxMinutes: 240,
    bufferMinutes: 10,
    leadWorkingDays: 0,
    opensDaysBefore: 14,
  });
  // The defaults: Monday to Friday 09:00–18:00, one room for up to ten people, real names kept.
  const defaults = resolvePolicy({});
  expect(intervalRules(defaults).hours).toEqual(
    Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, { opens: '09:00', closes: '18:00' }])),
  );
  expect(defaults.interval).toMatchObject({ quantity: 1, capacity: 10 });
  expect(defaults.realName).toBe(true);
});

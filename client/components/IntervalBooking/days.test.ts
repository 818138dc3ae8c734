/**
 * The days of a resource booked by the hour on the date strip: the run of dates, and the ones the resource is
 * closed by its week hours and the mainland working calendar (2026's 国庆节: 10-01 to 10-07 off, Saturday 10-10
 * a make-up working day).
 */
import { DEFAULT_POLICY, type Policy } from '@shared/rules/policy';
import { closedDays, stripDates } from './days';

/** 2026-09-28 (Monday) to 2026-10-11 (Sunday). */
const TWO_WEEKS = stripDates('2026-09-28', '2026-10-11');

const withInterval = (over: Partial<Policy['interval']>): Policy => ({
  ...DEFAULT_POLICY,
  interval: { ...DEFAULT_POLICY.interval, ...over },
});

describe('the date strip of a resource booked by the hour', () => {
  test('runs from the first date to the last, both included; the first alone when the last is not after it', () => {
    expect(TWO_WEEKS).toHaveLength(14);
    expect([TWO_WEEKS[0], TWO_WEEKS[13]]).toEqual(['2026-09-28', '2026-10-11']);
    expect(stripDates('2026-10-10', '2026-10-10')).toEqual(['2026-10-10']);
    expect(stripDates('2026-10-10', '2026-10-08')).toEqual(['2026-10-10']);
  });

  test('on the working calendar: the holidays and the weekends are closed, a make-up working day is open', () => {
    // The default week: Monday to Friday, on the working calendar.
    expect([...closedDays(TWO_WEEKS, DEFAULT_POLICY)]).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-11',
    ]);
  });

  test('off the working calendar: only the weekdays without hours are closed, holidays or not', () => {
    const weekdays = withInterval({ workingDaysOnly: false });
    expect([...closedDays(TWO_WEEKS, weekdays)]).toEqual(['2026-10-03', '2026-10-04', '2026-10-10', '2026-10-11']);
    const noMondays = withInterval({
      workingDaysOnly: false,
      hours: [0, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '10:00', closes: '16:00' })),
    });
    expect([...closedDays(TWO_WEEKS, noMondays)]).toEqual(['2026-09-28', '2026-10-05']);
  });
});

import { parseIso } from '../time';
import type { IntervalRules } from './interval';
import { utilisation, weekOf } from './utilisation';

const WEEKDAY = { opens: '09:00', closes: '18:00' };
const RULES: IntervalRules = {
  hours: { 1: WEEKDAY, 2: WEEKDAY, 3: WEEKDAY, 4: WEEKDAY, 5: WEEKDAY },
  workingDaysOnly: true,
  granularityMinutes: 30,
  minMinutes: 30,
  maxMinutes: 240,
  bufferMinutes: 0,
  leadWorkingDays: 0,
  opensDaysBefore: 7,
};
const booking = (date: string, from: string, to: string, status: string) => ({
  start: parseIso(`${date}T${from}:00+08:00`),
  end: parseIso(`${date}T${to}:00+08:00`),
  status,
});
const BOOKINGS = [
  booking('2026-12-01', '09:00', '10:00', 'checked_in'),
  booking('2026-12-02', '14:00', '15:30', 'confirmed'),
  booking('2026-12-03', '10:00', '11:00', 'cancelled'),
  booking('2026-12-04', '10:00', '11:00', 'rejected'),
  booking('2026-12-08', '16:00', '18:00', 'no_show'),
];

describe('utilisation by week and month (business time, whatever the host)', () => {
  test('weeks run Monday to Sunday; open minutes are the opening hours of working days', () => {
    const { weeks } = utilisation('2026-11-30', '2026-12-13', RULES, 1, BOOKINGS);
    expect(weeks).toEqual([
      {
        from: '2026-11-30',
        to: '2026-12-06',
        openMinutes: 2700,
        bookedMinutes: 150,
        usedMinutes: 60,
        utilisation: 5.6,
        useRate: 2.2,
      },
      {
        from: '2026-12-07',
        to: '2026-12-13',
        openMinutes: 2700,
        bookedMinutes: 120,
        usedMinutes: 0,
        utilisation: 4.4,
        useRate: 0,
      },
    ]);
  });

  test('months are cut to the dates asked; cancelled and rejected time counts for nothing', () => {
    const { months } = utilisation('2026-11-30', '2026-12-13', RULES, 1, BOOKINGS);
    expect(months).toEqual([
      {
        from: '2026-11-30',
        to: '2026-11-30',
        openMinutes: 540,
        bookedMinutes: 0,
        usedMinutes: 0,
        utilisation: 0,
        useRate: 0,
      },
      {
        from: '2026-12-01',
        to: '2026-12-13',
        openMinutes: 4860,
        bookedMinutes: 270,
        usedMinutes: 60,
        utilisation: 5.6,
        useRate: 1.2,
      },
    ]);
  });

  test('three projectors open three times the minutes; the National Day holiday is closed, its make-up Saturday open', () => {
    const { months } = utilisation('2026-09-28', '2026-10-11', RULES, 3, []);
    // 28–30 September (Mon–Wed) open; 1–7 October off; 8–9 October (Thu–Fri) and Saturday 10 October open.
    expect(months.map((m) => [m.from, m.to, m.openMinutes])).toEqual([
      ['2026-09-28', '2026-09-30', 3 * 540 * 3],
      ['2026-10-01', '2026-10-11', 3 * 540 * 3],
    ]);
  });

  test('the week of a date is its Monday', () => {
    expect(['2026-12-07', '2026-12-09', '2026-12-13', '2027-01-01'].map(weekOf)).toEqual([
      '2026-12-07',
      '2026-12-07',
      '2026-12-07',
      '2026-12-28',
    ]);
  });
});

/** The periods of 资源台账 in business dates, and how their figures read. */
import { dateRange, hours, periodDates, periodText } from './period';

describe('periodDates', () => {
  test('本周 is Monday to Sunday, also on a Monday and a Sunday', () => {
    expect(periodDates('week', '2026-12-09')).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    expect(periodDates('week', '2026-12-07')).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    expect(periodDates('week', '2026-12-13')).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    expect(periodDates('week', '2027-01-01')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });

  test('本月, 上月 and 近三个月 are whole calendar months, across a year and in February', () => {
    expect(periodDates('month', '2026-12-09')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodDates('lastMonth', '2026-12-09')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(periodDates('quarter', '2026-12-09')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodDates('lastMonth', '2027-01-15')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodDates('quarter', '2027-01-15')).toEqual({ from: '2026-11-01', to: '2027-01-31' });
    expect(periodDates('lastMonth', '2028-03-31')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  test('近三个月 never spans more than the 93 days the function reads', () => {
    for (let m = 1; m <= 12; m++) {
      const { from, to } = periodDates('quarter', `2026-${String(m).padStart(2, '0')}-15`);
      expect((Date.parse(to) - Date.parse(from)) / 86400000).toBeLessThanOrEqual(92);
    }
  });
});

test('dates and hours as the page reads them', () => {
  expect(dateRange('2026-12-07', '2026-12-13')).toBe('12月7日–12月13日');
  expect(dateRange('2026-11-30', '2026-11-30')).toBe('11月30日');
  expect(periodText('2026-12-07', '2026-12-13')).toBe('2026年12月7日–12月13日');
  expect(periodText('2026-12-28', '2027-01-03')).toBe('2026年12月28日–2027年1月3日');
  expect(hours(180)).toBe('3小时');
  expect(hours(90)).toBe('1.5小时');
  expect(hours(2700)).toBe('45小时');
  expect(hours(0)).toBe('0小时');
});

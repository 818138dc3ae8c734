import { parseIso } from '@shared/time';
import { initialValues, inputOf, nextRow, preview, type BulkValues } from './bulk';

// 23:30 in Beijing is still the day before in UTC: the form goes by business time.
const NOW = parseIso('2026-12-01T23:30:00+08:00');

describe('bulk slots form', () => {
  test('starts with the week from tomorrow, every weekday, one hour from 09:00', () => {
    expect(initialValues(NOW)).toEqual({
      from: '2026-12-02',
      to: '2026-12-08',
      weekdays: ['1', '2', '3', '4', '5', '6', '0'],
      times: [{ start: '09:00', end: '10:00' }],
      capacity: '',
    });
  });

  test('a new time row follows the last one with its length, or copies it rather than pass midnight', () => {
    expect(nextRow({ start: '09:00', end: '10:30' })).toEqual({ start: '10:30', end: '12:00' });
    expect(nextRow({ start: '22:00', end: '23:30' })).toEqual({ start: '22:00', end: '23:30' });
    expect(nextRow({ start: '10:00', end: '10:00' })).toEqual({ start: '10:00', end: '10:00' });
  });

  test('the preview counts the dates on the chosen weekdays times the rows', () => {
    const values: BulkValues = {
      ...initialValues(NOW),
      // 2026-12-02 is a Wednesday: two weeks hold 2 Saturdays and 2 Sundays.
      to: '2026-12-15',
      weekdays: ['6', '0'],
      times: [
        { start: '09:00', end: '10:00' },
        { start: '14:00', end: '15:00' },
      ],
    };
    expect(preview(values)).toEqual({ dates: 4, times: 2, total: 8 });
    expect(preview({ ...values, from: '2026-12-16' })).toEqual({ dates: 0, times: 2, total: 0 });
  });

  test('the input has the weekdays as numbers and the capacity as typed', () => {
    const values = { ...initialValues(NOW), weekdays: ['1', '0'], capacity: '30' };
    expect(inputOf(values, 'res-dome')).toEqual({
      resourceId: 'res-dome',
      from: '2026-12-02',
      to: '2026-12-08',
      weekdays: [1, 0],
      times: [{ start: '09:00', end: '10:00' }],
      capacity: 30,
    });
    expect(inputOf({ ...values, capacity: '' }, 'res-dome').capacity).toBeUndefined();
  });
});

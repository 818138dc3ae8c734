import { parseIso } from '@shared/time';
import { initialValues, inputOf, lotteryTimes, nextRow, preview, type BulkValues } from './bulk';

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
      'lottery.closesMinutesBefore': '48',
      'lottery.drawMinutesBefore': '24',
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

  test('a lottery resource’s input has its lead times typed in hours, in minutes', () => {
    const values = { ...initialValues(NOW), capacity: '30', 'lottery.drawMinutesBefore': '1.5' };
    expect(inputOf(values, 'res-lecture', true).lottery).toEqual({ closesMinutesBefore: 2880, drawMinutesBefore: 90 });
    expect(inputOf({ ...values, 'lottery.closesMinutesBefore': '' }, 'res-lecture', true).lottery).toEqual({
      closesMinutesBefore: undefined,
      drawMinutesBefore: 90,
    });
    expect(inputOf(values, 'res-dome')).not.toHaveProperty('lottery');
  });

  test('each session closes and draws its lead times before it starts', () => {
    const values = { ...initialValues(NOW), times: [{ start: '09:00', end: '10:00' }] };
    const [first, second] = lotteryTimes(values);
    expect(first).toEqual({
      start: parseIso('2026-12-02T09:00:00+08:00'),
      end: parseIso('2026-12-02T10:00:00+08:00'),
      closesAt: parseIso('2026-11-30T09:00:00+08:00'),
      drawAt: parseIso('2026-12-01T09:00:00+08:00'),
    });
    expect(second.start).toBe(parseIso('2026-12-03T09:00:00+08:00'));
    expect(lotteryTimes(values)).toHaveLength(3);
    expect(lotteryTimes({ ...values, 'lottery.drawMinutesBefore': '' })).toEqual([]);
  });
});

import { parseInput } from '@shared/contract/zh';
import { parseIso } from '@shared/time';
import { initialValues, inputOf, slotFormSchema, withDate } from './slot';

// 23:30 in Beijing is still the day before in UTC: the form goes by business time.
const NOW = parseIso('2026-12-01T23:30:00+08:00');

describe('one-slot form', () => {
  test('a first-come session starts tomorrow; a lottery one in three days, closing and drawing before it', () => {
    expect(initialValues(NOW, false)).toMatchObject({ date: '2026-12-02', start: '09:00', end: '10:00' });
    expect(initialValues(NOW, true)).toEqual({
      date: '2026-12-04',
      start: '09:00',
      end: '10:00',
      capacity: '',
      closesAt: { date: '2026-12-02', time: '18:00' },
      drawAt: { date: '2026-12-03', time: '10:00' },
    });
  });

  test('another day moves the close and the draw by as many days, keeping their times', () => {
    const values = { ...initialValues(NOW, true), drawAt: { date: '2026-12-03', time: '20:00' } };
    expect(withDate(values, '2026-12-31')).toEqual({
      date: '2026-12-31',
      closesAt: { date: '2026-12-29', time: '18:00' },
      drawAt: { date: '2026-12-30', time: '20:00' },
    });
  });

  test('the input has its instants at +08:00; only a lottery session’s has a close and a draw', () => {
    const values = { ...initialValues(NOW, true), capacity: '40' };
    expect(inputOf(values, 'res-dome', false)).toEqual({
      resourceId: 'res-dome',
      start: '2026-12-04T09:00:00+08:00',
      end: '2026-12-04T10:00:00+08:00',
      capacity: 40,
    });
    expect(inputOf(values, 'res-lecture', true)).toMatchObject({
      closesAt: '2026-12-02T18:00:00+08:00',
      drawAt: '2026-12-03T10:00:00+08:00',
    });
  });

  test('the check is the action’s, and what passes it is sent as built', () => {
    const input = inputOf({ ...initialValues(NOW, true), capacity: '40' }, 'res-lecture', true);
    expect(parseInput(slotFormSchema, input)).toEqual({ ok: true, data: input });
    const late = inputOf({ ...initialValues(NOW, true), capacity: '40', end: '08:00' }, 'res-lecture', true);
    expect(parseInput(slotFormSchema, late)).toEqual({
      ok: false,
      fields: [{ path: 'end', message: '结束时间必须晚于开始时间' }],
    });
  });
});

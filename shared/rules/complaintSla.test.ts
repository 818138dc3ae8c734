// Complaint deadlines with a fixed clock, Asia/Shanghai business time, the host in UTC: wall-clock steps,
// and the follow-up's working days across a weekend, a public holiday and a make-up workday.
import { toIso } from '../time';
import { calendarKnown, isWorkday, nthWorkdayAfter } from './calendar/workdays';
import { deadlineOf } from './complaintSla';

const at = (iso: string) => Date.parse(iso);
const due = (...args: Parameters<typeof deadlineOf>) => toIso(deadlineOf(...args).due);

beforeAll(() => {
  process.env.TZ = 'UTC';
});

test('minute and hour deadlines run on the wall clock, across midnight and weekends alike', () => {
  expect(due('route', at('2026-12-04T23:55:00+08:00'))).toBe('2026-12-05T00:05:00+08:00');
  expect(due('propose', at('2026-12-05T17:30:00+08:00'), 'general')).toBe('2026-12-05T19:30:00+08:00');
  expect(due('propose', at('2026-12-05T17:30:00+08:00'), 'complex')).toBe('2026-12-06T17:30:00+08:00');
  expect(due('resolve', at('2026-12-05T17:30:00+08:00'))).toBe('2026-12-05T18:30:00+08:00');
  expect(due('reply', at('2026-12-05T17:30:00+08:00'))).toBe('2026-12-05T17:40:00+08:00');
  expect(due('confirm', at('2026-12-05T17:30:00+08:00'))).toBe('2026-12-12T17:30:00+08:00');
});

test('the calendar: weekends off, public holidays off, make-up workdays on', () => {
  expect(isWorkday('2026-12-04')).toBe(true); // Friday
  expect(isWorkday('2026-12-05')).toBe(false); // Saturday
  expect(isWorkday('2026-10-05')).toBe(false); // Monday in the National Day holiday
  expect(isWorkday('2026-10-10')).toBe(true); // Saturday, make-up workday
  expect(isWorkday('2026-09-20')).toBe(true); // Sunday, make-up workday
  expect(isWorkday('2026-02-16')).toBe(false); // Spring Festival
});

test('the follow-up: end of the third working day after the confirmation', () => {
  // Confirmed on a Thursday: Friday, then Monday and Tuesday.
  expect(due('followUp', at('2026-12-03T16:00:00+08:00'))).toBe('2026-12-09T00:00:00+08:00');
  // Confirmed late on a Friday evening (the host's UTC date is still Friday too): Mon, Tue, Wed.
  expect(due('followUp', at('2026-12-04T23:30:00+08:00'))).toBe('2026-12-10T00:00:00+08:00');
  // Confirmed after Shanghai midnight but before UTC midnight: that is Saturday in business time.
  expect(due('followUp', at('2026-12-05T07:00:00+08:00'))).toBe('2026-12-10T00:00:00+08:00');
});

test('a complaint confirmed on the eve of the National Day holiday: the holiday does not count, the make-up Saturday does', () => {
  // Wed 30 Sep; 1–7 Oct off; Thu 8, Fri 9, Sat 10 (make-up workday).
  expect(nthWorkdayAfter('2026-09-30', 3)).toBe('2026-10-10');
  const d = deadlineOf('followUp', at('2026-09-30T18:00:00+08:00'));
  expect(toIso(d.due)).toBe('2026-10-11T00:00:00+08:00');
  expect(d.calendarKnown).toBe(true);
});

test('across the Spring Festival with its make-up Saturdays', () => {
  // Fri 13 Feb: Sat 14 (make-up), 15–23 off, Tue 24, Wed 25.
  expect(nthWorkdayAfter('2026-02-13', 3)).toBe('2026-02-25');
});

test('a year whose official calendar is not in the data counts weekends only, and says so', () => {
  expect(calendarKnown('2026-12-31')).toBe(true);
  expect(calendarKnown('2027-01-04')).toBe(false);
  // Confirmed Wed 30 Dec 2026: Thu 31, Fri 1 Jan 2027 (not known to be a holiday yet), Mon 4.
  const d = deadlineOf('followUp', at('2026-12-30T10:00:00+08:00'));
  expect(toIso(d.due)).toBe('2027-01-05T00:00:00+08:00');
  expect(d.calendarKnown).toBe(false);
});

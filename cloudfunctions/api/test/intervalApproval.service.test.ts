// A showroom booked by the hour needs the administration's approval, and then the applicant's own
// confirmation within confirmHours (seed 004): reminded before the deadline, released at it if still
// unconfirmed, kept once confirmed; a confirmation too late is refused.
import type { BookingView, NoticeView } from '@shared/contract';
import { startHarness, rid, type Harness } from './harness';
import { makeAttendee, unwrap } from './fixtures';
import { bookRange, freeUnitsAt, getBooking, makeCompany } from './intervalFixtures';

const ADMIN = 'ia-admin';
const MANAGER = 'ia-manager';
const SALES = 'ia-sales';
const START = '2026-12-07T10:00:00+08:00'; // Monday
const DAY = '2026-12-10';

let h: Harness;
let guest: string;

beforeAll(async () => {
  h = await startHarness(START);
  await makeCompany(h, {
    admin: ADMIN,
    manager: MANAGER,
    resources: [
      {
        id: 'showroom',
        name: '产品展厅',
        kind: 'showroom',
        policy: {
          requiresApproval: true,
          perIdPerDay: 5,
          interval: { granularityMinutes: 30, confirmHours: 24, capacity: 30 },
        },
      },
    ],
  });
  guest = await makeAttendee(h.call, SALES, 51, '赵客户');
});
afterAll(() => h.close());
beforeEach(() => h.setNow(START));

const book = async (from: string, to: string) =>
  unwrap(
    await bookRange(h.call, SALES, {
      resourceId: 'showroom',
      date: DAY,
      from,
      to,
      purpose: '客户参观',
      headcount: 3,
      attendeeIds: [guest],
    }),
  );
const approve = async (bookingId: string) =>
  unwrap(await h.call<BookingView>(MANAGER, 'booking.approve', { bookingId }, rid()));
const get = (bookingId: string) => getBooking(h.call, SALES, bookingId);
const notices = async () => unwrap(await h.call<NoticeView[]>(SALES, 'notice.list', {}));
const freeAt = (hhmm: string) => freeUnitsAt(h.call, 'showroom', DAY, hhmm);

test('approved, the booking asks for confirmation within 24 hours, and confirmed it stays', async () => {
  const pending = await book('09:00', '10:00');
  expect(pending.status).toBe('pending_approval');
  expect(pending.actions).not.toContain('confirm');
  h.setNow('2026-12-07T15:00:00+08:00');
  const approved = await approve(pending.id);
  expect(approved).toMatchObject({ status: 'confirmed', confirmBy: '2026-12-08T15:00:00+08:00' });
  expect(approved.actions).toContain('confirm');
  const told = (await notices()).find((n) => n.kind === 'approved' && n.data.bookingId === pending.id);
  expect(told?.body).toContain('12月8日 15:00 前确认使用');

  const confirmed = unwrap(await h.call<BookingView>(SALES, 'booking.confirm', { bookingId: pending.id }, rid()));
  expect(confirmed.confirmedAt).toBe('2026-12-07T15:00:00+08:00');
  expect(confirmed.actions).not.toContain('confirm');
  h.setNow('2026-12-08T16:00:00+08:00');
  await h.tick();
  expect((await get(pending.id)).status).toBe('confirmed');
});

test('unconfirmed, the applicant is reminded two hours before and the time is released at the deadline', async () => {
  const pending = await book('14:00', '15:30');
  h.setNow('2026-12-07T12:00:00+08:00');
  await approve(pending.id);
  expect(await freeAt('14:00')).toBe(0);

  h.setNow('2026-12-08T10:30:00+08:00');
  await h.tick();
  const reminders = (await notices()).filter((n) => n.kind === 'confirm_reminder' && n.data.bookingId === pending.id);
  expect(reminders).toHaveLength(1);
  expect(reminders[0].body).toContain('12月8日 12:00 前确认使用');
  await h.tick();
  expect((await notices()).filter((n) => n.kind === 'confirm_reminder')).toHaveLength(1);

  h.setNow('2026-12-08T12:00:00+08:00');
  await h.tick();
  expect(await get(pending.id)).toMatchObject({ status: 'cancelled', reason: '未在规定时间内确认，已自动释放' });
  expect((await notices()).some((n) => n.kind === 'lapsed' && n.data.bookingId === pending.id)).toBe(true);
  expect(await freeAt('14:00')).toBe(1);

  const late = await h.call(SALES, 'booking.confirm', { bookingId: pending.id }, rid());
  expect(late).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
});

test('a confirmation at the deadline is too late; a booking needing none cannot be confirmed', async () => {
  const pending = await book('16:00', '17:00');
  await approve(pending.id);
  h.setNow('2026-12-08T10:00:00+08:00');
  const late = await h.call(SALES, 'booking.confirm', { bookingId: pending.id }, rid());
  expect(late).toMatchObject({ ok: false, error: { code: 'DEADLINE_PASSED', message: '已超过确认时间，预约已释放' } });
  const other = await h.call(MANAGER, 'booking.confirm', { bookingId: pending.id }, rid());
  expect(other).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
});

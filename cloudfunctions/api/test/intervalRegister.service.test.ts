// The register of a resource booked by the hour: its bookings with who, what for and how they ended,
// and its utilisation per week and month, for the managers of its venue only.
import type { BookingView, ResourceUsageView } from '@shared/contract';
import { startHarness, rid, type Harness } from './harness';
import { unwrap } from './fixtures';
import { bookRange, businessInstant as at, makeCompany } from './intervalFixtures';

const ADMIN = 'rg-admin';
const MANAGER = 'rg-manager';
const OTHER_MANAGER = 'rg-other';
const EMPLOYEE = 'rg-employee';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('2026-12-07T08:00:00+08:00'); // Monday
  await makeCompany(h, {
    admin: ADMIN,
    manager: MANAGER,
    outsider: { openid: OTHER_MANAGER, role: 'manager' },
    resources: [
      {
        id: 'room',
        name: '会议室A',
        kind: 'room',
        policy: { realName: false, perIdPerDay: 5, interval: { granularityMinutes: 30 } },
      },
    ],
    colleagues: { [EMPLOYEE]: '孙丽' },
  });
});
afterAll(() => h.close());

const book = async (date: string, from: string, to: string) =>
  unwrap(await bookRange(h.call, EMPLOYEE, { resourceId: 'room', date, from, to, purpose: '周例会', headcount: 5 }));

test('the register lists the bookings and the week’s and month’s utilisation', async () => {
  const used = await book('2026-12-08', '09:00', '10:00');
  const cancelled = await book('2026-12-08', '10:00', '11:00');
  await book('2026-12-09', '14:00', '16:00');
  unwrap(await h.call(EMPLOYEE, 'booking.cancel', { bookingId: cancelled.id }, rid()));
  h.setNow(at('2026-12-08', '09:00'));
  unwrap(await h.call(EMPLOYEE, 'booking.use', { bookingId: used.id }, rid()));
  unwrap(await h.call(EMPLOYEE, 'booking.return', { bookingId: used.id, condition: 'ok' }, rid()));

  const register = unwrap(
    await h.call<ResourceUsageView>(MANAGER, 'admin.resource.usage', {
      resourceId: 'room',
      from: '2026-12-07',
      to: '2026-12-13',
    }),
  );
  expect(register.bookings.map((b) => [b.start, b.status, b.booker, b.purpose, b.returned])).toEqual([
    [at('2026-12-08', '09:00'), 'checked_in', '孙丽', '周例会', 'ok'],
    [at('2026-12-08', '10:00'), 'cancelled', '孙丽', '周例会', undefined],
    [at('2026-12-09', '14:00'), 'confirmed', '孙丽', '周例会', undefined],
  ]);
  // Mon–Fri 09:00–18:00: 2700 open minutes; 60 used + 120 booked.
  expect(register.weeks).toEqual([
    {
      from: '2026-12-07',
      to: '2026-12-13',
      openMinutes: 2700,
      bookedMinutes: 180,
      usedMinutes: 60,
      utilisation: 6.7,
      useRate: 2.2,
    },
  ]);
  expect(register.months).toHaveLength(1);

  const outsider = await h.call(OTHER_MANAGER, 'admin.resource.usage', {
    resourceId: 'room',
    from: '2026-12-07',
    to: '2026-12-13',
  });
  expect(outsider).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  const tooLong = await h.call(MANAGER, 'admin.resource.usage', {
    resourceId: 'room',
    from: '2026-01-01',
    to: '2026-12-31',
  });
  expect(tooLong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});

test('a colleague’s row carries the department on their profile when they booked; one without has none', async () => {
  const colleague = 'rg-colleague';
  unwrap(await h.call(colleague, 'profile.update', { name: '周敏', department: '市场部' }));
  const booked = unwrap(
    await h.call<BookingView>(
      colleague,
      'booking.create',
      {
        resourceId: 'room',
        start: at('2026-12-10', '10:00'),
        end: at('2026-12-10', '11:00'),
        purpose: '路演',
        headcount: 4,
      },
      rid(),
    ),
  );
  // The booking's own view names the department too (booking/view.ts passes the booker through).
  expect(booked.booker).toEqual({ name: '周敏', department: '市场部' });
  // The booking keeps the department it was made with: a later change of the profile does not rewrite it.
  unwrap(await h.call(colleague, 'profile.update', { name: '周敏', department: '' }));
  const register = unwrap(
    await h.call<ResourceUsageView>(MANAGER, 'admin.resource.usage', {
      resourceId: 'room',
      from: '2026-12-09',
      to: '2026-12-10',
    }),
  );
  expect(register.bookings.map((b) => [b.booker, b.department])).toEqual([
    ['孙丽', undefined],
    ['周敏', '市场部'],
  ]);
});

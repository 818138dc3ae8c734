// 50 staff devices scan one entry code at the same moment, through the local cloud's instances:
// one check-in, and 49 ALREADY_CHECKED_IN that name the first (when, by whom).
import { startHttpCloud, type HttpCloud } from './localCloud';
import { makeAttendee, makeResource, makeSlot, makeVenue, unwrap } from '../fixtures';
import type { BookingView, CheckinTokenView, CheckinView } from '@shared/contract';

const ADMIN = 'admin-1';
const SCANS = 50;
let t: HttpCloud;

beforeAll(async () => {
  const staff = Array.from({ length: SCANS }, (_, i) => ({
    openid: `staff-${i}`,
    roles: [{ role: 'staff', venueId: 'v1' }],
  }));
  t = await startHttpCloud([{ openid: ADMIN, roles: [{ role: 'admin' }] }, ...staff]);
});
afterAll(() => t.close());

test(`${SCANS} simultaneous scans of one code → one check-in`, async () => {
  await t.post('/__dev/clock', { now: '2026-12-01T08:00:00+08:00' });
  await makeVenue(t.call, ADMIN);
  const resource = await makeResource(t.call, ADMIN, 'v1');
  const slot = await makeSlot(t.call, ADMIN, resource, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 5);
  const attendee = await makeAttendee(t.call, 'visitor', 1);
  const booking = unwrap(
    await t.call<BookingView>('visitor', 'booking.create', { slotId: slot, attendeeIds: [attendee] }),
  );
  await t.post('/__dev/clock', { now: '2026-12-03T09:50:00+08:00' });
  const { token } = unwrap(await t.call<CheckinTokenView>('visitor', 'checkin.token', { bookingId: booking.id }));

  const answers = await Promise.all(
    Array.from({ length: SCANS }, (_, i) => t.call<CheckinView>(`staff-${i}`, 'checkin.scan', { token })),
  );

  const ok = answers.filter((a) => a.ok);
  expect(ok).toHaveLength(1);
  const first = ok[0].ok ? ok[0].data : null;
  const refusals = answers.flatMap((a) => (a.ok ? [] : [a.error]));
  expect(refusals).toHaveLength(SCANS - 1);
  for (const e of refusals) {
    expect(e.code).toBe('ALREADY_CHECKED_IN');
    expect(e.details).toMatchObject({ at: first!.checkedInAt, by: first!.booking.checkedInBy });
  }
  expect(t.cloud.store.find('bookings', { id: booking.id })[0]).toMatchObject({
    status: 'checked_in',
    checkinLog: [expect.any(Object)],
  });
  await t.post('/__dev/clock', { now: null });
}, 60_000);

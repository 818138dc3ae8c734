// A database outage during a timer job fails the job, logged and reported, instead of passing for a
// record that changed meanwhile; the next run does the work once the database answers again.
import type { BookingView } from '@shared/contract';
import { startHarness, seedUsers, type Harness } from './harness';
import { makeAttendee, makeResource, makeSlot, makeVenue, unwrap } from './fixtures';
import { runJobs } from '../src/jobs';

const ADMIN = 'jf-admin';
let h: Harness;
let n = 0;
let person = 8000;
let errors: { message: string; fields: unknown }[] = [];

beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
  await seedUsers(h.store, [{ openid: ADMIN, roles: [{ role: 'admin' }] }]);
  await makeVenue(h.call, ADMIN, 'v1');
  h.deps.log.error = (message, fields) => {
    errors.push({ message, fields });
  };
});
afterAll(() => h.close());
beforeEach(() => {
  h.faults.clear();
  errors = [];
  h.setNow('2026-12-01T08:00:00+08:00');
});

async function bookedSlot(openid: string) {
  const r = await makeResource(h.call, ADMIN, 'v1', {}, `jf-r${++n}`);
  const slotId = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 2);
  const attendeeId = await makeAttendee(h.call, openid, ++person);
  const booking = unwrap(await h.call<BookingView>(openid, 'booking.create', { slotId, attendeeIds: [attendeeId] }));
  return { slotId, booking };
}

/** The booking's status changes fail, both the write and its one retry. */
function failBookingWrites(bookingId: string) {
  for (let i = 0; i < 2; i++)
    h.faults.inject({
      action: 'database.modifyDocument',
      collectionName: 'bookings',
      match: (p) => String(p.query).includes(bookingId),
    });
}

const status = (bookingId: string) => h.store.find('bookings', { id: bookingId })[0].status;
const failed = (report: Awaited<ReturnType<typeof runJobs>>, job: string) =>
  report.jobs.find((j) => j.name === job)?.error;

test('the no-show job fails on a database outage instead of taking the booking for changed meanwhile', async () => {
  const { booking } = await bookedSlot('jf-v1');
  h.setNow('2026-12-03T12:00:00+08:00');
  failBookingWrites(booking.id);
  const report = await runJobs(h.deps);
  expect(failed(report, 'markNoShows')).toMatch(/injected fault/);
  expect(errors).toContainEqual({ message: 'job failed', fields: expect.objectContaining({ job: 'markNoShows' }) });
  expect(status(booking.id)).toBe('confirmed');
  await h.tick();
  expect(status(booking.id)).toBe('no_show');
});

test('the sweep of a closed slot fails on a database outage instead of leaving a booking active', async () => {
  const { slotId, booking } = await bookedSlot('jf-v2');
  // The close's own sweep fails at its first read: the job is left to do it.
  h.faults.inject({ action: 'database.getDocument', collectionName: 'bookings' });
  unwrap(await h.call(ADMIN, 'admin.slot.close', { slotId, reason: '场馆检修' }));
  expect(status(booking.id)).toBe('confirmed');
  failBookingWrites(booking.id);
  const report = await runJobs(h.deps);
  expect(failed(report, 'sweepClosedSlots')).toMatch(/injected fault/);
  expect(errors).toContainEqual({
    message: 'job failed',
    fields: expect.objectContaining({ job: 'sweepClosedSlots' }),
  });
  expect(status(booking.id)).toBe('confirmed');
  await h.tick();
  expect(status(booking.id)).toBe('cancelled_by_venue');
});

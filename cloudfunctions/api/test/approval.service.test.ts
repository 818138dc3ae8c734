// Approval ends when the slot starts: approving then is refused (it would make a booking nobody could
// use as booked, counted as a no-show); a booking still pending then is rejected by the job, its place
// given back and its visitor told, and never counted as a no-show. Rejecting after the start stays open.
import { startHarness, seedUsers, type Harness } from './harness';
import { makeAttendee, makeResource, makeSlot, makeVenue, unwrap } from './fixtures';
import type { BookingView, NoticeView } from '@shared/contract';

const ADMIN = 'admin-1';
const MANAGER = 'manager-1';
let h: Harness;
let n = 0;
let person = 30000;

beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
  await seedUsers(h.store, [
    { openid: ADMIN, roles: [{ role: 'admin' }] },
    { openid: MANAGER, roles: [{ role: 'manager', venueId: 'v1' }] },
  ]);
  await makeVenue(h.call, ADMIN, 'v1');
});
afterAll(() => h.close());
beforeEach(() => h.setNow('2026-12-01T08:00:00+08:00'));

/** A pending booking on a slot of Dec 3, 10:00–11:00 that needs approval; the slot holds 2. */
async function pending(openid: string) {
  const r = await makeResource(h.call, ADMIN, 'v1', { requiresApproval: true }, `ap${++n}`);
  const slotId = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 2);
  const booking = unwrap(
    await h.call<BookingView>(openid, 'booking.create', {
      slotId,
      attendeeIds: [await makeAttendee(h.call, openid, ++person)],
    }),
  );
  expect(booking.status).toBe('pending_approval');
  return { slotId, booking };
}
const remaining = (slotId: string) => h.store.find('slots', { id: slotId })[0].remaining as number;
const get = (openid: string, bookingId: string) =>
  h.call<BookingView>(openid, 'booking.get', { bookingId }).then(unwrap);
const notices = (openid: string) => h.call<NoticeView[]>(openid, 'notice.list', {}).then(unwrap);
const queue = () => h.call<BookingView[]>(MANAGER, 'admin.booking.pending', { venueId: 'v1' }).then(unwrap);

test('approving after the slot started is refused; rejecting then is still allowed and gives the place back', async () => {
  const { slotId, booking } = await pending('pa1');
  const other = await pending('pa2');
  h.setNow('2026-12-03T09:59:59+08:00');
  unwrap(await h.call(MANAGER, 'booking.approve', { bookingId: other.booking.id }));
  h.setNow('2026-12-03T10:00:00+08:00');
  expect(await h.call(MANAGER, 'booking.approve', { bookingId: booking.id })).toMatchObject({
    ok: false,
    error: {
      code: 'DEADLINE_PASSED',
      message: '该时段已开始，不能再审核通过',
      details: { start: '2026-12-03T10:00:00+08:00' },
    },
  });
  expect((await get('pa1', booking.id)).status).toBe('pending_approval');
  expect(remaining(slotId)).toBe(1);
  const rejected = unwrap(
    await h.call<BookingView>(MANAGER, 'booking.reject', { bookingId: booking.id, reason: '名额调整' }),
  );
  expect(rejected).toMatchObject({ status: 'rejected', reason: '名额调整' });
  expect(remaining(slotId)).toBe(2);
});

test('a booking still pending when its slot starts is rejected by the job, told, and never a no-show', async () => {
  const { slotId, booking } = await pending('pe1');
  h.setNow('2026-12-03T09:30:00+08:00');
  await h.tick();
  expect((await get('pe1', booking.id)).status).toBe('pending_approval');
  expect((await queue()).map((b) => b.id)).toContain(booking.id);

  h.setNow('2026-12-03T10:00:00+08:00');
  await h.tick();
  expect(await get('pe1', booking.id)).toMatchObject({ status: 'rejected', reason: '场馆未在时段开始前完成审核' });
  expect(remaining(slotId)).toBe(2);
  expect((await queue()).map((b) => b.id)).not.toContain(booking.id);
  const told = (await notices('pe1')).filter((x) => x.kind === 'rejected');
  expect(told).toHaveLength(1);
  expect(told[0].body).toContain('场馆未在时段开始前完成审核');
  expect(await h.call(MANAGER, 'booking.approve', { bookingId: booking.id })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_STATE' },
  });

  h.setNow('2026-12-03T12:00:00+08:00');
  await h.tick();
  await h.tick();
  expect((await get('pe1', booking.id)).status).toBe('rejected');
  expect(h.store.count('noshows', { bookingId: booking.id })).toBe(0);
  expect((await notices('pe1')).filter((x) => x.kind === 'rejected')).toHaveLength(1);
});

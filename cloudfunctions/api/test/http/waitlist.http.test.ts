// 200 simultaneous calls on one full slot — 80 cancels and 120 waiting-list joins — through the local
// cloud. After the jobs run: every freed place went to the earliest entries in line, no place is
// given twice or lost, and the slot's count equals the bookings in the store.
import { startHttpCloud, type HttpCloud } from './localCloud';
import { makeAttendee, makeResource, makeSlot, makeVenue, unwrap } from '../fixtures';
import type { BookingView, SlotView } from '@shared/contract';

const ADMIN = 'admin-1';
const CAPACITY = 100;
const CANCELS = 80;
const JOINS = 120;
let t: HttpCloud;

beforeAll(async () => {
  t = await startHttpCloud([{ openid: ADMIN, roles: [{ role: 'admin' }] }]);
});
afterAll(() => t.close());

test(`${CANCELS} cancels and ${JOINS} joins at once on a full slot of ${CAPACITY}`, async () => {
  await makeVenue(t.call, ADMIN);
  const resource = await makeResource(t.call, ADMIN, 'v1');
  const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const slot = await makeSlot(t.call, ADMIN, resource, `${day}T10:00:00+08:00`, `${day}T11:00:00+08:00`, CAPACITY);

  const inBatches = async <T>(n: number, f: (i: number) => Promise<T>): Promise<T[]> => {
    const out: T[] = [];
    for (let i = 0; i < n; i += 50)
      out.push(...(await Promise.all(Array.from({ length: Math.min(50, n - i) }, (_, j) => f(i + j)))));
    return out;
  };
  const holders = await inBatches(CAPACITY, async (i) => {
    const attendee = await makeAttendee(t.call, `holder-${i}`, i);
    return unwrap(await t.call<BookingView>(`holder-${i}`, 'booking.create', { slotId: slot, attendeeIds: [attendee] }))
      .id;
  });
  const waiters = await inBatches(JOINS, (i) => makeAttendee(t.call, `waiter-${i}`, 500 + i));

  const calls = [
    ...holders.slice(0, CANCELS).map((bookingId, i) => () => t.call(`holder-${i}`, 'booking.cancel', { bookingId })),
    ...waiters.map(
      (attendee, i) => () => t.call(`waiter-${i}`, 'waitlist.join', { slotId: slot, attendeeIds: [attendee] }),
    ),
  ].sort(() => Math.random() - 0.5);
  const answers = await Promise.all(calls.map((c) => c()));
  for (const a of answers) if (!a.ok) expect(a.error.code).toBe('INVALID_STATE'); // a join that found a free place
  await t.post('/__dev/tick', {});

  const store = t.cloud.store;
  const [view] = unwrap(await t.call<SlotView[]>(null, 'slot.list', { resourceId: resource, from: day, to: day }));
  const active = store.count('bookings', { slotId: slot, status: { $in: ['confirmed', 'pending_approval'] } });
  expect(view.remaining).toBe(CAPACITY - active);
  expect(store.count('bookings', { slotId: slot, status: 'cancelled' })).toBe(CANCELS);

  const entries = store.find('waitlist', { where: { slotId: slot } }) as unknown as {
    _id: string;
    seq: number;
    status: string;
    bookingId?: string;
  }[];
  const promoted = entries.filter((e) => e.status === 'promoted');
  const waiting = entries.filter((e) => e.status === 'waiting');
  expect(promoted.length + waiting.length).toBe(entries.length);
  // Every promoted entry has exactly its one booking, active on this slot.
  for (const e of promoted)
    expect(store.count('bookings', { _id: e.bookingId, slotId: slot, status: 'confirmed' })).toBe(1);
  expect(active).toBe(CAPACITY - CANCELS + promoted.length);
  // Nobody waits while a place is free, and the first in line were served first.
  if (waiting.length > 0) expect(view.remaining).toBe(0);
  if (waiting.length > 0 && promoted.length > 0) {
    expect(Math.max(...promoted.map((e) => e.seq))).toBeLessThan(Math.min(...waiting.map((e) => e.seq)));
  }
  expect(new Set(entries.map((e) => e.seq)).size).toBe(entries.length);
  // Each active booking holds exactly one claim for its person and one of its account's places; each
  // entry that waits or was promoted one waiting claim (a promoted entry's is stale, not removed).
  expect(store.count('claims', { _id: /^a:/ })).toBe(active);
  expect(store.count('claims', { _id: { $not: /^[wa]:/ } })).toBe(active);
  expect(store.count('claims', { _id: /^w:/ })).toBe(waiting.length + promoted.length);
}, 180_000);

test('30 simultaneous cancels on a full slot with 60 in line: exactly the first 30 in line are served', async () => {
  const resource = await makeResource(t.call, ADMIN, 'v1', {}, 'r-order');
  const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const slot = await makeSlot(t.call, ADMIN, resource, `${day}T14:00:00+08:00`, `${day}T15:00:00+08:00`, 30);
  const holders: string[] = [];
  for (let i = 0; i < 30; i++) {
    const attendee = await makeAttendee(t.call, `h2-${i}`, 700 + i);
    holders.push(
      unwrap(await t.call<BookingView>(`h2-${i}`, 'booking.create', { slotId: slot, attendeeIds: [attendee] })).id,
    );
  }
  const entries: string[] = [];
  for (let i = 0; i < 60; i++) {
    const attendee = await makeAttendee(t.call, `w2-${i}`, 800 + i);
    entries.push(
      unwrap(
        await t.call<{ id: string; position: number }>(`w2-${i}`, 'waitlist.join', {
          slotId: slot,
          attendeeIds: [attendee],
        }),
      ).id,
    );
  }
  await Promise.all(holders.map((bookingId, i) => t.call(`h2-${i}`, 'booking.cancel', { bookingId })));
  await t.post('/__dev/tick', {});
  const statuses = entries.map((id) => t.cloud.store.find<{ status: string }>('waitlist', { id })[0].status);
  expect(statuses.slice(0, 30)).toEqual(Array(30).fill('promoted'));
  expect(statuses.slice(30)).toEqual(Array(30).fill('waiting'));
}, 180_000);

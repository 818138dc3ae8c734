// Booking rules through the router, in-process, with a fixed Asia/Shanghai clock (the host is UTC).
import { startHarness, seedUsers, rid, type Harness } from './harness';
import { makeAttendee, makeResource, makeSlot, makeVenue, unwrap } from './fixtures';
import type { BookingView, SlotView } from '@shared/contract';

const ADMIN = 'admin-1';
const V1 = 'visitor-1';
const V2 = 'visitor-2';
const V3 = 'visitor-3';
let h: Harness;

beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
  await seedUsers(h.store, [{ openid: ADMIN, roles: [{ role: 'admin' }] }]);
  await makeVenue(h.call, ADMIN, 'v1');
});
afterAll(() => h.close());
beforeEach(() => h.setNow('2026-12-01T08:00:00+08:00'));

let n = 0;
async function freshResource(policy: Record<string, unknown> = {}) {
  const id = `r${++n}`;
  await makeResource(h.call, ADMIN, 'v1', policy, id);
  return id;
}

const book = (openid: string, slotId: string, attendeeIds: string[], requestId = rid()) =>
  h.call<BookingView>(openid, 'booking.create', { slotId, attendeeIds }, requestId);

async function remaining(resourceId: string, slotId: string, date = '2026-12-03') {
  const slots = unwrap(await h.call<SlotView[]>(null, 'slot.list', { resourceId, from: date, to: date }));
  return slots.find((s) => s.id === slotId)!;
}

describe('booking.create', () => {
  test('books, takes the place, and shows masked attendees only', async () => {
    const r = await freshResource();
    const slot = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T10:40:00+08:00', 2);
    const a = await makeAttendee(h.call, V1, 101, '王小明');
    const booking = unwrap(await book(V1, slot, [a]));
    expect(booking).toMatchObject({
      slotId: slot,
      status: 'confirmed',
      actions: ['cancel', 'change', 'complain', 'pass'],
      start: '2026-12-03T10:00:00+08:00',
    });
    expect(booking.attendees).toEqual([
      { id: a, name: '王小明', idMasked: expect.stringMatching(/^1101\*{10}\w{4}$/) },
    ]);
    expect(JSON.stringify(booking)).not.toMatch(/idHash|phoneHash|Cipher/);
    expect((await remaining(r, slot)).remaining).toBe(1);
  });

  test('SLOT_NOT_OPEN before opensDaysBefore at opensAt, open exactly then', async () => {
    const r = await freshResource();
    const slot = await makeSlot(h.call, ADMIN, r, '2026-12-10T10:00:00+08:00', '2026-12-10T11:00:00+08:00', 5);
    const a = await makeAttendee(h.call, V1, 102);
    h.setNow('2026-12-03T08:59:59+08:00');
    const early = await book(V1, slot, [a]);
    expect(early.ok || early.error).toMatchObject({
      code: 'SLOT_NOT_OPEN',
      details: { opensAt: '2026-12-03T09:00:00+08:00' },
    });
    h.setNow('2026-12-03T09:00:00+08:00');
    expect(unwrap(await book(V1, slot, [a])).status).toBe('confirmed');
  });

  test('BOOKING_CLOSED from closesMinutesBefore the start (half-open window)', async () => {
    const r = await freshResource({ closesMinutesBefore: 60 });
    const slot = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 5);
    const a = await makeAttendee(h.call, V1, 103);
    const b = await makeAttendee(h.call, V1, 104);
    h.setNow('2026-12-03T09:00:00+08:00');
    expect((await book(V1, slot, [a])).ok).toBe(false);
    expect(await book(V1, slot, [a])).toMatchObject({ ok: false, error: { code: 'BOOKING_CLOSED' } });
    h.setNow('2026-12-03T08:59:59+08:00');
    expect(unwrap(await book(V1, slot, [b])).status).toBe('confirmed');
  });

  test('LIMIT_EXCEEDED above maxAttendees, and nothing is taken', async () => {
    const r = await freshResource({ maxAttendees: 1 });
    const slot = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 5);
    const ids = [await makeAttendee(h.call, V1, 105), await makeAttendee(h.call, V1, 106)];
    expect(await book(V1, slot, ids)).toMatchObject({
      ok: false,
      error: { code: 'LIMIT_EXCEEDED', details: { max: 1 } },
    });
    expect((await remaining(r, slot)).remaining).toBe(5);
  });

  test('DUPLICATE_BOOKING for the same ID number on the same resource and day, across accounts', async () => {
    const r = await freshResource();
    const morning = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 5);
    const afternoon = await makeSlot(h.call, ADMIN, r, '2026-12-03T14:00:00+08:00', '2026-12-03T15:00:00+08:00', 5);
    const mine = await makeAttendee(h.call, V1, 107, '李雷');
    const samePersonElsewhere = await makeAttendee(h.call, V2, 107, '李雷');
    unwrap(await book(V1, morning, [mine]));
    const dup = await book(V2, afternoon, [samePersonElsewhere]);
    expect(dup).toMatchObject({ ok: false, error: { code: 'DUPLICATE_BOOKING', details: { names: ['李雷'] } } });
    expect((await remaining(r, afternoon)).remaining).toBe(5);
  });

  test('perIdPerDay = 2 allows two bookings a day and refuses the third', async () => {
    const r = await freshResource({ perIdPerDay: 2 });
    const slots = await Promise.all(
      ['09', '11', '13'].map((hh) =>
        makeSlot(h.call, ADMIN, r, `2026-12-03T${hh}:00:00+08:00`, `2026-12-03T${hh}:30:00+08:00`, 5),
      ),
    );
    const a = await makeAttendee(h.call, V1, 108);
    unwrap(await book(V1, slots[0], [a]));
    unwrap(await book(V1, slots[1], [a]));
    expect(await book(V1, slots[2], [a])).toMatchObject({ ok: false, error: { code: 'DUPLICATE_BOOKING' } });
  });

  test('SLOT_FULL leaves no claim behind: the same person can book another slot that day', async () => {
    const r = await freshResource();
    const full = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 1);
    const other = await makeSlot(h.call, ADMIN, r, '2026-12-03T14:00:00+08:00', '2026-12-03T15:00:00+08:00', 1);
    unwrap(await book(V2, full, [await makeAttendee(h.call, V2, 109)]));
    const a = await makeAttendee(h.call, V1, 110);
    expect(await book(V1, full, [a])).toMatchObject({ ok: false, error: { code: 'SLOT_FULL' } });
    expect(unwrap(await book(V1, other, [a])).status).toBe('confirmed');
  });

  test("another visitor's attendee is NOT_FOUND; a lottery resource is INVALID_STATE", async () => {
    const r = await freshResource();
    const slot = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 3);
    const theirs = await makeAttendee(h.call, V2, 111);
    expect(await book(V1, slot, [theirs])).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    unwrap(
      await h.call(ADMIN, 'admin.resource.upsert', {
        id: r,
        venueId: 'v1',
        name: '抽签项目',
        kind: 'exhibit',
        mode: 'slot',
        allocation: 'lottery',
      }),
    );
    expect(await book(V2, slot, [theirs])).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
  });

  test('requiresApproval holds the place as pending_approval', async () => {
    const r = await freshResource({ requiresApproval: true });
    const slot = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 3);
    const booking = unwrap(await book(V1, slot, [await makeAttendee(h.call, V1, 112)]));
    expect(booking.status).toBe('pending_approval');
    expect((await remaining(r, slot)).remaining).toBe(2);
  });

  test('a retried requestId answers the first booking; reused for another payload is CONFLICT', async () => {
    const r = await freshResource();
    const slot = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 5);
    const a = await makeAttendee(h.call, V1, 113);
    const b = await makeAttendee(h.call, V1, 114);
    const id = rid();
    const first = unwrap(await book(V1, slot, [a], id));
    const again = unwrap(await book(V1, slot, [a], id));
    expect(again).toEqual(first);
    expect(await book(V1, slot, [b], id)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await remaining(r, slot)).remaining).toBe(4);
  });

  test('one request delivered several times at once books once and answers each delivery with that booking', async () => {
    const r = await freshResource();
    const slot = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 5);
    const a = await makeAttendee(h.call, V3, 185);
    const id = rid();
    const answers = await Promise.all(Array.from({ length: 6 }, () => book(V3, slot, [a], id)));
    const ids = new Set(answers.map((x) => unwrap(x).id));
    expect(ids.size).toBe(1);
    expect((await remaining(r, slot)).remaining).toBe(4);
    expect(h.store.count('bookings', { slotId: slot })).toBe(1);
    // Its person and account claims, nothing more.
    expect(h.store.count('claims', { bookingId: [...ids][0] })).toBe(2);
  });

  test('a full slot is refused by reading alone: nothing is written for the refusal', async () => {
    const r = await freshResource();
    const slot = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 1);
    unwrap(await book(V2, slot, [await makeAttendee(h.call, V2, 186)]));
    const a = await makeAttendee(h.call, V3, 187);
    const before = h.store.count('requests', {}) + h.store.count('claims', {});
    expect(await book(V3, slot, [a])).toMatchObject({ ok: false, error: { code: 'SLOT_FULL' } });
    expect(h.store.count('requests', {}) + h.store.count('claims', {})).toBe(before);
  });

  test('perAccountPerDay counts the places one account holds of a resource that day, over its bookings', async () => {
    const r = await freshResource({ perAccountPerDay: 3, maxAttendees: 2 });
    const morning = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 10);
    const evening = await makeSlot(h.call, ADMIN, r, '2026-12-03T18:00:00+08:00', '2026-12-03T19:00:00+08:00', 10);
    const people = await Promise.all([188, 189, 190, 191].map((k) => makeAttendee(h.call, V3, k)));
    unwrap(await book(V3, morning, people.slice(0, 2)));
    const over = await book(V3, evening, people.slice(2, 4));
    expect(over).toMatchObject({ ok: false, error: { code: 'LIMIT_EXCEEDED', details: { perAccountPerDay: 3 } } });
    if (!over.ok) expect(over.error.message).toBe('每个账号每天最多为此项目预约3个名额');
    unwrap(await book(V3, evening, people.slice(2, 3)));
  });
});

describe('booking.cancel', () => {
  test('gives the place and the day back once; a second cancel is INVALID_STATE', async () => {
    const r = await freshResource();
    const slot = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 1);
    const a = await makeAttendee(h.call, V1, 120);
    const booking = unwrap(await book(V1, slot, [a]));
    expect((await remaining(r, slot)).status).toBe('full');
    const cancelled = unwrap(await h.call<BookingView>(V1, 'booking.cancel', { bookingId: booking.id }));
    expect(cancelled).toMatchObject({ status: 'cancelled', actions: ['complain'] });
    expect(await h.call(V1, 'booking.cancel', { bookingId: booking.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    expect((await remaining(r, slot)).remaining).toBe(1);
    expect(unwrap(await book(V1, slot, [a])).status).toBe('confirmed');
  });

  test('DEADLINE_PASSED from cancelMinutesBefore the start', async () => {
    const r = await freshResource({ cancelMinutesBefore: 120 });
    const slot = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 2);
    const booking = unwrap(await book(V1, slot, [await makeAttendee(h.call, V1, 121)]));
    h.setNow('2026-12-03T08:00:00+08:00');
    expect(await h.call(V1, 'booking.cancel', { bookingId: booking.id })).toMatchObject({
      ok: false,
      error: { code: 'DEADLINE_PASSED' },
    });
    expect(unwrap(await h.call<BookingView>(V1, 'booking.get', { bookingId: booking.id })).actions).not.toContain(
      'cancel',
    );
  });

  test("another visitor's booking is NOT_FOUND for get and cancel, and absent from their list", async () => {
    const r = await freshResource();
    const slot = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 2);
    const booking = unwrap(await book(V1, slot, [await makeAttendee(h.call, V1, 122)]));
    expect(await h.call(V2, 'booking.get', { bookingId: booking.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await h.call(V2, 'booking.cancel', { bookingId: booking.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const theirs = unwrap(await h.call<BookingView[]>(V2, 'booking.list', {}));
    expect(theirs.map((b) => b.id)).not.toContain(booking.id);
  });
});

describe('booking actions, decided by the function', () => {
  const get = async (bookingId: string) => unwrap(await h.call<BookingView>(V1, 'booking.get', { bookingId })).actions;

  test('a confirmed booking: cancel and change each until its own deadline, the pass and complaints throughout', async () => {
    const r = await freshResource({ cancelMinutesBefore: 120, changeMinutesBefore: 60 });
    const slot = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 2);
    const booking = unwrap(await book(V1, slot, [await makeAttendee(h.call, V1, 125)]));
    h.setNow('2026-12-03T07:59:59+08:00');
    expect(await get(booking.id)).toEqual(['cancel', 'change', 'complain', 'pass']);
    h.setNow('2026-12-03T08:00:00+08:00');
    expect(await get(booking.id)).toEqual(['change', 'complain', 'pass']);
    h.setNow('2026-12-03T08:59:59+08:00');
    expect(await get(booking.id)).toEqual(['change', 'complain', 'pass']);
    h.setNow('2026-12-03T09:00:00+08:00');
    expect(await get(booking.id)).toEqual(['complain', 'pass']);
  });

  test('awaiting approval: cancel and change, no pass and no complaint yet; rejected: a complaint only', async () => {
    const r = await freshResource({ requiresApproval: true });
    const slot = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 2);
    const booking = unwrap(await book(V1, slot, [await makeAttendee(h.call, V1, 126)]));
    expect(booking).toMatchObject({ status: 'pending_approval', actions: ['cancel', 'change'] });
    const rejected = unwrap(
      await h.call<BookingView>(ADMIN, 'booking.reject', { bookingId: booking.id, reason: '名额调整' }, rid()),
    );
    expect(rejected).toMatchObject({ status: 'rejected', actions: ['complain'] });
    expect(await get(booking.id)).toEqual(['complain']);
  });

  test('cancelled by the venue: rebook where booking.get looked up the open slots, not in the list', async () => {
    const r = await freshResource();
    const closed = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 2);
    const other = await makeSlot(h.call, ADMIN, r, '2026-12-03T14:00:00+08:00', '2026-12-03T15:00:00+08:00', 2);
    const booking = unwrap(await book(V1, closed, [await makeAttendee(h.call, V1, 127)]));
    unwrap(await h.call(ADMIN, 'admin.slot.close', { slotId: closed, reason: '场馆检修' }, rid()));
    const seen = unwrap(await h.call<BookingView>(V1, 'booking.get', { bookingId: booking.id }));
    expect(seen).toMatchObject({ status: 'cancelled_by_venue', actions: ['rebook', 'complain'] });
    expect(seen.alternatives?.map((s) => s.id)).toEqual([other]);
    const listed = unwrap(await h.call<BookingView[]>(V1, 'booking.list', {})).find((b) => b.id === booking.id);
    expect(listed?.actions).toEqual(['complain']);
  });
});

describe('slot.list statuses in Asia/Shanghai', () => {
  test('not_open → open → full → closed → ended', async () => {
    const r = await freshResource();
    const slot = await makeSlot(h.call, ADMIN, r, '2026-12-10T10:00:00+08:00', '2026-12-10T11:00:00+08:00', 1);
    const status = async () => (await remaining(r, slot, '2026-12-10')).status;
    expect(await status()).toBe('not_open');
    h.setNow('2026-12-03T09:00:00+08:00');
    expect(await status()).toBe('open');
    unwrap(await book(V1, slot, [await makeAttendee(h.call, V1, 130)]));
    expect(await status()).toBe('full');
    h.setNow('2026-12-10T09:00:00+08:00');
    expect(await status()).toBe('closed');
    h.setNow('2026-12-10T11:00:00+08:00');
    expect(await status()).toBe('ended');
  });
});

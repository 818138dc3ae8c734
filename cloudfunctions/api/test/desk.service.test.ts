// Booking for someone else (desk.book, desk.booking): staff book a walk-in, held to the same rules as a
// visitor's own booking (per-ID claims across accounts, atomic places, blocks), with a fixed clock.
import { startHarness, seedUsers, rid, type Harness } from './harness';
import { idNumberFor, makeAttendee, makeResource, makeSlot, makeVenue, unwrap } from './fixtures';
import type { BookingView, CheckinTokenView, CheckinView, RosterView, SlotView } from '@shared/contract';
import type { FieldError } from '@shared/errors';
import { residentIdCheckChar } from '@shared/rules/idDocument';

const ADMIN = 'admin-1';
const STAFF = 'staff-1';
const OTHER_STAFF = 'staff-2';
const VISITOR = 'visitor-1';
const DAY = '2026-12-03';
let h: Harness;

beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
  await seedUsers(h.store, [
    { openid: ADMIN, roles: [{ role: 'admin' }] },
    { openid: OTHER_STAFF, roles: [{ role: 'staff', venueId: 'v2' }] },
  ]);
  await h.store.insert('users', [
    {
      _id: STAFF,
      roles: [{ role: 'staff', venueId: 'v1' }],
      profile: { name: '窗口小张', updatedAt: 0 },
      createdAt: 0,
    },
  ]);
  await makeVenue(h.call, ADMIN, 'v1');
  await makeVenue(h.call, ADMIN, 'v2');
});
afterAll(() => h.close());
beforeEach(() => h.setNow('2026-12-01T08:00:00+08:00'));

let n = 0;
let person = 5000;
async function freshSlot(capacity = 5, hour = '10') {
  const r = await makeResource(h.call, ADMIN, 'v1', {}, `dr${++n}`);
  return {
    r,
    slot: await makeSlot(h.call, ADMIN, r, `${DAY}T${hour}:00:00+08:00`, `${DAY}T${hour}:40:00+08:00`, capacity),
  };
}

const walkIn = (k: number, extra: Record<string, string> = {}) => ({
  name: '赵大妈',
  phone: `139${String(k).padStart(8, '0')}`,
  idType: 'id_card' as const,
  idNumber: idNumberFor(k),
  ...extra,
});

const deskBook = (staff: string, slotId: string, k: number, requestId = rid(), extra: Record<string, string> = {}) =>
  h.call<BookingView>(staff, 'desk.book', { slotId, ...walkIn(k, extra) }, requestId);

const idHashOf = (k: number) => h.deps.pii.hash('id', `id_card:${idNumberFor(k)}`);
const attendeesOf = (k: number) => h.store.find('attendees', { where: { idHash: idHashOf(k) } });

async function remaining(resourceId: string, slotId: string) {
  const slots = unwrap(await h.call<SlotView[]>(null, 'slot.list', { resourceId, from: DAY, to: DAY }));
  return slots.find((s) => s.id === slotId)!.remaining;
}

test('staff book a walk-in: confirmed, with the desk note, on the roster, checked in by hand', async () => {
  const { r, slot } = await freshSlot(5);
  const k = ++person;
  const requestId = rid();
  const booked = unwrap(await deskBook(STAFF, slot, k, requestId, { company: '阳光旅行社', needs: '轮椅' }));
  expect(booked).toMatchObject({
    slotId: slot,
    venueId: 'v1',
    status: 'confirmed',
    actions: ['pass'],
    attendees: [{ name: '赵大妈', idMasked: expect.stringMatching(/^1101\*{10}\w{4}$/) }],
    desk: {
      name: '赵大妈',
      phoneMasked: `139****${String(k).slice(-4)}`,
      company: '阳光旅行社',
      needs: '轮椅',
      bookedBy: { name: '窗口小张', idMasked: expect.stringContaining('****') },
    },
  });
  expect(JSON.stringify(booked)).not.toContain(STAFF);
  expect(await remaining(r, slot)).toBe(4);

  // The walk-in's own account: one attendee record, encrypted as attendee.add stores it, no real OpenID.
  const [stored] = attendeesOf(k);
  expect(attendeesOf(k)).toHaveLength(1);
  expect(stored.openid).toMatch(/^desk[0-9a-f]{30}$/);
  expect(JSON.stringify(stored)).not.toContain(idNumberFor(k));
  expect(stored).toMatchObject({ idMasked: booked.attendees[0].idMasked, consent: { version: expect.any(String) } });
  const doc = h.store.find('bookings', { id: booked.id })[0];
  expect(doc).toMatchObject({ openid: stored.openid, desk: { bookedBy: STAFF, consent: stored.consent } });
  expect(h.store.count('notices', { openid: stored.openid })).toBe(0);
  expect(h.store.count('users', { _id: stored.openid })).toBe(0);

  // The audit names the booking and the company, never the person.
  const [entry] = h.store.find('audit', { where: { action: 'desk.book', target: booked.id } });
  expect(entry).toMatchObject({ actor: STAFF, venueId: 'v1', detail: { slotId: slot, company: '阳光旅行社' } });
  expect(JSON.stringify(entry)).not.toMatch(/赵大妈|139\d{8}|1101\d{14}/);

  expect(unwrap(await h.call<BookingView>(STAFF, 'desk.booking', { bookingId: booked.id }))).toEqual(booked);

  const roster = unwrap(await h.call<RosterView>(STAFF, 'checkin.roster', { slotId: slot }));
  expect(roster.slot).toMatchObject({ booked: 1, pending: 1 });
  expect(roster.bookings).toEqual([
    expect.objectContaining({
      id: booked.id,
      status: 'confirmed',
      attendees: [expect.objectContaining({ name: '赵*妈' })],
    }),
  ]);

  h.setNow(`${DAY}T09:45:00+08:00`);
  // In the check-in window the function offers the check-in to the desk.
  expect(unwrap(await h.call<BookingView>(STAFF, 'desk.booking', { bookingId: booked.id })).actions).toEqual([
    'pass',
    'checkin',
  ]);
  const checked = unwrap(await h.call<CheckinView>(STAFF, 'checkin.manual', { bookingId: booked.id }));
  expect(checked.booking).toMatchObject({
    id: booked.id,
    status: 'checked_in',
    checkedInBy: '窗口小张',
    method: 'manual',
  });
  const after = unwrap(await h.call<BookingView>(STAFF, 'desk.booking', { bookingId: booked.id }));
  expect(after).toMatchObject({ status: 'checked_in', actions: [] });
});

test("the entry code: the venue's staff get it for a desk booking, and a scan checks it in", async () => {
  const { slot } = await freshSlot(5, '11');
  const booked = unwrap(await deskBook(STAFF, slot, ++person));
  h.setNow(`${DAY}T10:50:00+08:00`);
  const { token } = unwrap(await h.call<CheckinTokenView>(STAFF, 'checkin.token', { bookingId: booked.id }));
  const scanned = unwrap(await h.call<CheckinView>(STAFF, 'checkin.scan', { token }));
  expect(scanned.booking).toMatchObject({ id: booked.id, status: 'checked_in', method: 'scan' });
  // The owner's path is unchanged: a visitor's own code, and NOT_FOUND for their booking asked by staff.
  h.setNow('2026-12-01T08:00:00+08:00');
  const own = unwrap(
    await h.call<BookingView>(VISITOR, 'booking.create', {
      slotId: slot,
      attendeeIds: [await makeAttendee(h.call, VISITOR, ++person)],
    }),
  );
  expect((await h.call(VISITOR, 'checkin.token', { bookingId: own.id })).ok).toBe(true);
  expect(await h.call(STAFF, 'checkin.token', { bookingId: own.id })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(await h.call(STAFF, 'desk.booking', { bookingId: own.id })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});

test('staff of another venue are FORBIDDEN to book, open or show the code; a visitor cannot book', async () => {
  const { r, slot } = await freshSlot(5, '12');
  const k = ++person;
  expect(await deskBook(OTHER_STAFF, slot, k)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await deskBook(VISITOR, slot, k)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(attendeesOf(k)).toHaveLength(0);
  expect(await remaining(r, slot)).toBe(5);

  const booked = unwrap(await deskBook(STAFF, slot, k));
  for (const action of ['desk.booking', 'checkin.token'] as const) {
    expect(await h.call(OTHER_STAFF, action, { bookingId: booked.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  }
  expect(await h.call(VISITOR, 'desk.booking', { bookingId: booked.id })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  // To a visitor a desk booking is someone else's booking.
  expect(await h.call(VISITOR, 'checkin.token', { bookingId: booked.id })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});

test('one person per day across accounts: booked in the app, refused at the desk, and the other way round', async () => {
  const { r, slot: morning } = await freshSlot(5, '09');
  const afternoon = await makeSlot(h.call, ADMIN, r, `${DAY}T14:00:00+08:00`, `${DAY}T14:40:00+08:00`, 5);
  const k = ++person;
  const inApp = await makeAttendee(h.call, VISITOR, k, '赵大妈');
  unwrap(await h.call(VISITOR, 'booking.create', { slotId: morning, attendeeIds: [inApp] }));
  expect(await deskBook(STAFF, afternoon, k)).toMatchObject({
    ok: false,
    error: { code: 'DUPLICATE_BOOKING', details: { names: ['赵大妈'] } },
  });
  expect(await remaining(r, afternoon)).toBe(5);
  expect(attendeesOf(k)).toHaveLength(1); // the visitor's own; the refused walk-in left nothing

  const j = ++person;
  unwrap(await deskBook(STAFF, morning, j));
  const later = await makeAttendee(h.call, VISITOR, j);
  expect(await h.call(VISITOR, 'booking.create', { slotId: afternoon, attendeeIds: [later] })).toMatchObject({
    ok: false,
    error: { code: 'DUPLICATE_BOOKING' },
  });
});

test('capacity: six desk bookings at once on three places give exactly three', async () => {
  const { r, slot } = await freshSlot(3, '13');
  const people = Array.from({ length: 6 }, () => ++person);
  const answers = await Promise.all(people.map((k) => deskBook(STAFF, slot, k)));
  expect(answers.filter((a) => a.ok)).toHaveLength(3);
  expect(answers.filter((a) => !a.ok && a.error.code === 'SLOT_FULL')).toHaveLength(3);
  expect(await remaining(r, slot)).toBe(0);
  expect(h.store.count('bookings', { slotId: slot })).toBe(3);
  expect(people.flatMap(attendeesOf)).toHaveLength(3);
});

test('a person blocked at the venue is BLOCKED at the desk too', async () => {
  const { r, slot } = await freshSlot(5, '15');
  const k = ++person;
  const idHash = idHashOf(k);
  await h.store.insert('blocks', [
    {
      _id: `${idHash}:v1:x`,
      idHash,
      venueId: 'v1',
      until: Date.parse('2026-12-30T00:00:00+08:00'),
      at: Date.parse('2026-11-30T00:00:00+08:00'),
    },
  ]);
  expect(await deskBook(STAFF, slot, k)).toMatchObject({
    ok: false,
    error: { code: 'BLOCKED', details: { names: ['赵大妈'] } },
  });
  expect(await remaining(r, slot)).toBe(5);
  expect(attendeesOf(k)).toHaveLength(0);
});

test('a wrong ID number is INVALID_INPUT with a Chinese message, a future birth date too', async () => {
  const { slot } = await freshSlot(5, '16');
  const good = idNumberFor(++person);
  const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
  const futureFirst17 = '11010520300101001';
  for (const idNumber of [wrongCheck, futureFirst17 + residentIdCheckChar(futureFirst17)]) {
    const answer = await h.call(STAFF, 'desk.book', { slotId: slot, ...walkIn(person), idNumber });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (answer.ok) throw new Error('expected a refusal');
    // The error body types its details loosely; an INVALID_INPUT refusal carries the failing fields.
    const fields = (answer.error.details as { fields: FieldError[] }).fields;
    expect(fields).toEqual([{ path: 'data.idNumber', message: expect.stringMatching(/[\u4e00-\u9fa5]/) }]);
  }
  expect(h.store.count('bookings', { slotId: slot })).toBe(0);
});

test('the same request twice at once makes one booking and one attendee record', async () => {
  const { r, slot } = await freshSlot(5, '17');
  const k = ++person;
  const requestId = rid();
  const answers = await Promise.all([deskBook(STAFF, slot, k, requestId), deskBook(STAFF, slot, k, requestId)]);
  const ok = answers.filter((a) => a.ok);
  expect(ok.length).toBeGreaterThanOrEqual(1);
  for (const a of answers) if (!a.ok) expect(a.error.code).toBe('CONFLICT');
  const again = unwrap(await deskBook(STAFF, slot, k, requestId));
  expect(ok.map((a) => (a.ok ? a.data.id : ''))).toEqual(ok.map(() => again.id));
  expect(h.store.count('bookings', { slotId: slot })).toBe(1);
  expect(attendeesOf(k)).toHaveLength(1);
  expect(await remaining(r, slot)).toBe(4);
});

test('the window sells until the slot starts, after online booking has closed', async () => {
  const { slot } = await freshSlot(5, '14');
  const visitor = `late-visitor-${++n}`;
  const attendee = await makeAttendee(h.call, visitor, ++person);
  // Online booking closed an hour before the start (13:00); the desk still sells at 13:55.
  h.setNow(`${DAY}T13:55:00+08:00`);
  expect(await h.call(visitor, 'booking.create', { slotId: slot, attendeeIds: [attendee] })).toMatchObject({
    ok: false,
    error: { code: 'BOOKING_CLOSED' },
  });
  expect(unwrap(await deskBook(STAFF, slot, ++person)).status).toBe('confirmed');
  h.setNow(`${DAY}T14:00:00+08:00`);
  expect(await deskBook(STAFF, slot, ++person)).toMatchObject({
    ok: false,
    error: { code: 'BOOKING_CLOSED', details: { closesAt: `${DAY}T14:00:00+08:00` } },
  });
});

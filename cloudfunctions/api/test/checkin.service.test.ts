// Check-in with a fixed Asia/Shanghai clock (host in UTC): entry codes, scans, the window's edges,
// attendance, manual check-in, find, roster, feedback and staff roles.
import { startHarness, seedUsers, rid, type Harness } from './harness';
import { makeAttendee, makeResource, makeSlot, makeVenue, unwrap } from './fixtures';
import type {
  BookingView,
  CheckinBookingView,
  CheckinTokenView,
  CheckinView,
  RoleUserView,
  RosterView,
} from '@shared/contract';
import { maskOpenid } from '../src/modules/user/people';
import { toIso } from '@shared/time';

const ADMIN = 'admin-1';
const STAFF = 'staff-1';
const OTHER_STAFF = 'staff-2';
let h: Harness;
let r: string;
let person = 3000;

beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
  await seedUsers(h.store, [
    { openid: ADMIN, roles: [{ role: 'admin' }] },
    { openid: STAFF, roles: [{ role: 'staff', venueId: 'v1' }] },
    { openid: OTHER_STAFF, roles: [{ role: 'staff', venueId: 'v2' }] },
  ]);
  await makeVenue(h.call, ADMIN, 'v1');
  await makeVenue(h.call, ADMIN, 'v2');
  r = await makeResource(h.call, ADMIN, 'v1', { checkinOpensMinutesBefore: 30 });
});
afterAll(() => h.close());
beforeEach(() => h.setNow('2026-12-01T08:00:00+08:00'));

const at = (hhmm: string, day = 3) => `2026-12-0${day}T${hhmm}:00+08:00`;
let hour = 8;
async function booking(openid: string, people = 1): Promise<BookingView> {
  hour++;
  const slot = await makeSlot(
    h.call,
    ADMIN,
    r,
    at(`${String(hour).padStart(2, '0')}:00`),
    at(`${String(hour).padStart(2, '0')}:40`),
    10,
  );
  const ids = [];
  for (let i = 0; i < people; i++) ids.push(await makeAttendee(h.call, openid, ++person));
  return unwrap(await h.call<BookingView>(openid, 'booking.create', { slotId: slot, attendeeIds: ids }));
}
const token = async (openid: string, bookingId: string) =>
  unwrap(await h.call<CheckinTokenView>(openid, 'checkin.token', { bookingId })).token;
const scan = (staff: string, t: string, requestId = rid()) =>
  h.call<CheckinView>(staff, 'checkin.scan', { token: t }, requestId);

test("the code is the owner's: another visitor gets NOT_FOUND; a visitor cannot scan", async () => {
  const b = await booking('v-1');
  expect(await h.call('v-2', 'checkin.token', { bookingId: b.id })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  const t = await token('v-1', b.id);
  expect(await scan('v-1', t)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('window edges: from 30 min before the start until the end, in Asia/Shanghai', async () => {
  const b = await booking('v-3');
  const startsAt = b.start; // e.g. 2026-12-03T10:00:00+08:00
  const open = new Date(Date.parse(startsAt) - 30 * 60_000).toISOString();
  h.setNow(new Date(Date.parse(open) - 1).toISOString());
  const early = await scan(STAFF, await token('v-3', b.id));
  expect(early).toMatchObject({
    ok: false,
    error: { code: 'NOT_IN_CHECKIN_WINDOW', details: { opensAt: b.checkinOpensAt } },
  });
  expect(b.checkinOpensAt).toBe(toIso(Date.parse(open)));
  expect(b.checkinOpensAt.slice(11, 16)).toBe(`${String(Number(b.start.slice(11, 13)) - 1).padStart(2, '0')}:30`);
  h.setNow(b.end);
  expect(await scan(STAFF, await token('v-3', b.id))).toMatchObject({
    ok: false,
    error: { code: 'NOT_IN_CHECKIN_WINDOW' },
  });
  h.setNow(open);
  const ok = unwrap(await scan(STAFF, await token('v-3', b.id)));
  expect(ok.booking).toMatchObject({ id: b.id, status: 'checked_in', checkedInBy: maskOpenid(STAFF), method: 'scan' });
  expect(ok.checkedInAt).toBe(b.checkinOpensAt);
});

test('a second scan is ALREADY_CHECKED_IN naming when and by whom; a repeat of the same request answers the first', async () => {
  const b = await booking('v-4');
  h.setNow(b.start);
  const t = await token('v-4', b.id);
  const requestId = rid();
  const first = unwrap(await scan(STAFF, t, requestId));
  expect(unwrap(await scan(STAFF, t, requestId))).toEqual(first);
  expect(await scan(STAFF, t)).toMatchObject({
    ok: false,
    error: { code: 'ALREADY_CHECKED_IN', details: { at: first.checkedInAt, by: maskOpenid(STAFF) } },
  });
  expect(h.store.find('bookings', { id: b.id })[0].checkinLog).toHaveLength(1);
});

test("expired and replayed codes are refused; another venue's staff is FORBIDDEN; a cancelled booking is INVALID_STATE", async () => {
  const b = await booking('v-5');
  h.setNow(new Date(Date.parse(b.start) - 20 * 60_000).toISOString());
  const old = await token('v-5', b.id);
  h.setNow(new Date(Date.parse(b.start) - 15 * 60_000).toISOString());
  expect(await scan(STAFF, old)).toMatchObject({ ok: false, error: { code: 'TOKEN_EXPIRED' } });
  const fresh = await token('v-5', b.id);
  expect(await scan(OTHER_STAFF, fresh)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(
    await scan(
      STAFF,
      fresh.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
    ),
  ).toMatchObject({ ok: false, error: { code: 'TOKEN_INVALID' } });

  const c = await booking('v-6');
  h.setNow('2026-12-01T08:00:00+08:00');
  const t = await token('v-6', c.id);
  unwrap(await h.call('v-6', 'booking.cancel', { bookingId: c.id }));
  expect(await h.call('v-6', 'checkin.token', { bookingId: c.id })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_STATE' },
  });
  h.setNow(new Date(Date.parse(c.start) - 60_000).toISOString());
  // The old code is expired by then; a code from the cancel moment would name the cancellation.
  expect(await scan(STAFF, t)).toMatchObject({ ok: false, error: { code: 'TOKEN_EXPIRED' } });
});

test('a group: staff untick who did not come; after the slot they count as no-shows', async () => {
  const b = await booking('v-7', 3);
  h.setNow(b.start);
  const ok = unwrap(await scan(STAFF, await token('v-7', b.id)));
  expect(ok.booking.attendees.every((a) => a.present)).toBe(true);
  expect(ok.booking.attendees[0].name).toMatch(/\*/); // masked for staff
  const [a1, , a3] = b.attendees;
  const updated = unwrap(
    await h.call<CheckinBookingView>(STAFF, 'checkin.attendance', { bookingId: b.id, attendeeIds: [a1.id, a3.id] }),
  );
  expect(updated.attendees.map((a) => a.present)).toEqual([true, false, true]);
  h.setNow(b.end);
  await h.tick();
  expect(h.store.count('noshows', { bookingId: b.id })).toBe(1);
  expect(unwrap(await h.call<BookingView>('v-7', 'booking.get', { bookingId: b.id })).status).toBe('checked_in');
});

test('by hand: find by phone or the last 4 of the ID number, then check in; roster counts', async () => {
  const b = await booking('v-8', 2);
  h.setNow(b.start);
  const phone = `139${String(person).padStart(8, '0')}`;
  const byPhone = unwrap(await h.call<CheckinBookingView[]>(STAFF, 'checkin.find', { date: '2026-12-03', phone }));
  expect(byPhone.map((x) => x.id)).toEqual([b.id]);
  const last4 = b.attendees[0].idMasked.slice(-4);
  expect(
    unwrap(await h.call<CheckinBookingView[]>(STAFF, 'checkin.find', { date: '2026-12-03', idLast4: last4 })).map(
      (x) => x.id,
    ),
  ).toContain(b.id);
  expect(
    unwrap(await h.call<CheckinBookingView[]>(OTHER_STAFF, 'checkin.find', { date: '2026-12-03', phone })),
  ).toEqual([]);

  const before = unwrap(await h.call<RosterView>(STAFF, 'checkin.roster', { date: '2026-12-03' })).slots!.find(
    (s) => s.start === b.start,
  )!;
  expect(before).toMatchObject({ booked: 2, checkedIn: 0, pending: 2 });
  const done = unwrap(await h.call<CheckinView>(STAFF, 'checkin.manual', { bookingId: b.id }));
  expect(done.booking.method).toBe('manual');
  const after = unwrap(await h.call<RosterView>(STAFF, 'checkin.roster', { slotId: before.slotId }));
  expect(after.slot).toMatchObject({ booked: 2, checkedIn: 2, pending: 0 });
  expect(after.bookings!.map((x) => x.id)).toEqual([b.id]);
  expect(await h.call(OTHER_STAFF, 'checkin.roster', { slotId: before.slotId })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
});

test('feedback: refused before check-in, once after', async () => {
  const b = await booking('v-9');
  const rate = () =>
    h.call('v-9', 'feedback.create', {
      bookingId: b.id,
      experience: 5,
      exhibitCondition: 4,
      service: 5,
      comment: '讲解很好',
    });
  expect(await rate()).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
  h.setNow(b.start);
  unwrap(await scan(STAFF, await token('v-9', b.id)));
  expect(unwrap(await h.call<BookingView>('v-9', 'booking.get', { bookingId: b.id })).actions).toContain('rate');
  unwrap(await rate());
  expect(await rate()).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
  const seen = unwrap(await h.call<BookingView>('v-9', 'booking.get', { bookingId: b.id }));
  expect(seen.actions).not.toContain('rate');
  expect(seen).toMatchObject({
    feedback: { experience: 5, exhibitCondition: 4, service: 5, comment: '讲解很好' },
  });
  expect(
    await h.call('v-9', 'feedback.create', { bookingId: b.id, experience: 6, exhibitCondition: 4, service: 5 }),
  ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});

test('staff roles: granted by an admin, scoped to a venue, revoked', async () => {
  const b = await booking('v-10');
  h.setNow(b.start);
  const t = await token('v-10', b.id);
  expect(await scan('new-staff', t)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await h.call(STAFF, 'admin.role.grant', { openid: 'new-staff', role: 'staff', venueId: 'v1' })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await h.call(ADMIN, 'admin.role.grant', { openid: 'new-staff', role: 'staff' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
  unwrap(await h.call(ADMIN, 'admin.role.grant', { openid: 'new-staff', role: 'staff', venueId: 'v1' }));
  expect(unwrap(await h.call<RoleUserView[]>(ADMIN, 'admin.role.list', {})).map((u) => u.idMasked)).toContain(
    maskOpenid('new-staff'),
  );
  const ok = unwrap(await scan('new-staff', t));
  // Named as people are shown, never by OpenID: this one has no profile name yet.
  expect(ok.booking.checkedInBy).toBe(maskOpenid('new-staff'));
  unwrap(await h.call(ADMIN, 'admin.role.revoke', { openid: 'new-staff', role: 'staff', venueId: 'v1' }));
  expect(await h.call('new-staff', 'checkin.roster', { date: '2026-12-03' })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(h.store.count('audit', { action: { $in: ['admin.role.grant', 'admin.role.revoke'] } })).toBe(2);
});

test('the day’s roster lists slots by start, and slots starting together the shorter first', async () => {
  const long = await makeResource(h.call, ADMIN, 'v1', {}, 'roster-long');
  const short = await makeResource(h.call, ADMIN, 'v1', {}, 'roster-short');
  // Made longest first, so neither the order of creation nor the ids decide.
  await makeSlot(h.call, ADMIN, long, at('07:00', 8), at('08:40', 8), 5);
  await makeSlot(h.call, ADMIN, short, at('07:00', 8), at('07:20', 8), 5);
  await makeSlot(h.call, ADMIN, long, at('06:30', 8), at('07:30', 8), 5);
  const slots = unwrap(await h.call<RosterView>(STAFF, 'checkin.roster', { date: '2026-12-08' })).slots!;
  expect(slots.map((s) => [s.start.slice(11, 16), s.end.slice(11, 16)])).toEqual([
    ['06:30', '07:30'],
    ['07:00', '07:20'],
    ['07:00', '08:40'],
  ]);
});

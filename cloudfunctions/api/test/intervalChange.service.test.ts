// booking.change on bookings by the hour (seed 004): moved within the day in one ledger write, or to
// another day with the old day given back; a change racing a new booking for the same hour leaves one
// winner and a ledger that agrees with the bookings; approval resources go back to 待审核; the notice
// period (changeMinutesBefore) applies to the booked start and to the new one.
import type { BookingView } from '@shared/contract';
import { startHarness, rid, type Harness } from './harness';
import { unwrap } from './fixtures';
import {
  bookRange,
  businessInstant,
  dayLedger,
  freeUnitsAt,
  makeCompany,
  type IntervalPolicy,
  type IntervalResourceSpec,
} from './intervalFixtures';

const ADMIN = 'ic-admin';
const MANAGER = 'ic-manager';
const ALICE = 'ic-alice';
const BOB = 'ic-bob';
const NOW = '2026-12-07T10:00:00+08:00'; // Monday
const DAY = '2026-12-09';
const at = (hhmm: string, date = DAY) => businessInstant(date, hhmm);

let h: Harness;

const resource = (id: string, policy: Partial<IntervalPolicy> = {}): IntervalResourceSpec => ({
  id,
  name: id === 'room' ? '会议室A' : '洽谈室',
  kind: 'room',
  policy: {
    realName: false,
    perIdPerDay: 5,
    changeMinutesBefore: 120,
    interval: { granularityMinutes: 30 },
    ...policy,
  },
});

beforeAll(async () => {
  h = await startHarness(NOW);
  await makeCompany(h, {
    admin: ADMIN,
    manager: MANAGER,
    resources: [resource('room'), resource('approval-room', { requiresApproval: true })],
    colleagues: { [ALICE]: '王芳', [BOB]: '刘强' },
  });
});
afterAll(() => h.close());
beforeEach(() => h.setNow(NOW));

const book = (openid: string, from: string, to: string, date = DAY, resourceId = 'room') =>
  bookRange(h.call, openid, { resourceId, date, from, to, purpose: '项目讨论', headcount: 2 });
const change = (openid: string, bookingId: string, from: string, to: string, date?: string, requestId = rid()) =>
  h.call<BookingView>(openid, 'booking.change', { bookingId, start: at(from, date), end: at(to, date) }, requestId);
const free = (hhmm: string, date = DAY, resourceId = 'room') => freeUnitsAt(h.call, resourceId, date, hhmm);
type Ledger = { reservations?: { id: string; start: number; end: number }[] } | undefined;
const ledger = async (date: string, resourceId = 'room') => {
  const doc = dayLedger<Ledger>(h, resourceId, date);
  return (doc?.reservations ?? []).map((r) => ({
    id: r.id,
    start: new Date(r.start).toISOString(),
    end: new Date(r.end).toISOString(),
  }));
};
const iso = (s: string) => new Date(Date.parse(s)).toISOString();

test('moved within the day, even overlapping its own time: one reservation, at the new time', async () => {
  const booked = unwrap(await book(ALICE, '10:00', '11:00'));
  const requestId = rid();
  const moved = unwrap(await change(ALICE, booked.id, '10:30', '11:30', undefined, requestId));
  expect(moved).toMatchObject({ id: booked.id, start: at('10:30'), end: at('11:30'), status: 'confirmed' });
  expect(await ledger('2026-12-09')).toEqual([{ id: booked.id, start: iso(at('10:30')), end: iso(at('11:30')) }]);
  expect([await free('10:00'), await free('11:00')]).toEqual([1, 0]);
  // The same request again answers the same.
  expect(unwrap(await change(ALICE, booked.id, '10:30', '11:30', undefined, requestId)).start).toBe(at('10:30'));
});

test('moved to another day: the old day is given back', async () => {
  const booked = unwrap(await book(ALICE, '15:00', '16:00'));
  const moved = unwrap(await change(ALICE, booked.id, '09:00', '10:00', '2026-12-10'));
  expect(moved.start).toBe(at('09:00', '2026-12-10'));
  expect(await free('15:00')).toBe(1);
  expect(await free('09:00', '2026-12-10')).toBe(0);
  expect(await ledger('2026-12-10')).toEqual([
    { id: booked.id, start: iso(at('09:00', '2026-12-10')), end: iso(at('10:00', '2026-12-10')) },
  ]);
});

test('a change and a new booking for the same free hour at once: one wins, and the ledger agrees with the bookings', async () => {
  for (const date of ['2026-12-11', '2026-12-11', '2026-12-14', '2026-12-14', '2026-12-11']) {
    const mine = unwrap(await book(ALICE, '16:00', '17:00', date));
    const [moved, fresh] = await Promise.all([
      change(ALICE, mine.id, '14:00', '15:00', date),
      book(BOB, '14:00', '15:00', date),
    ]);
    expect([moved.ok, fresh.ok].filter(Boolean)).toHaveLength(1);
    const loser = moved.ok ? fresh : moved;
    expect(loser).toMatchObject({ ok: false, error: { code: 'SLOT_FULL' } });
    const alice = unwrap(await h.call<BookingView>(ALICE, 'booking.get', { bookingId: mine.id }));
    const held = await ledger(date);
    const aliceHeld = held.find((r) => r.id === mine.id);
    expect(aliceHeld).toEqual({ id: mine.id, start: iso(alice.start), end: iso(alice.end) });
    expect(held).toHaveLength(fresh.ok ? 2 : 1);
    unwrap(await h.call(ALICE, 'booking.cancel', { bookingId: mine.id }, rid()));
    if (fresh.ok) unwrap(await h.call(BOB, 'booking.cancel', { bookingId: fresh.data.id }, rid()));
  }
});

test('a change to a taken time is SLOT_FULL with offers, and the booking keeps its time', async () => {
  const a = unwrap(await book(ALICE, '12:00', '13:00'));
  unwrap(await book(BOB, '13:00', '14:00'));
  const refused = await change(ALICE, a.id, '12:30', '13:30');
  expect(refused).toMatchObject({ ok: false, error: { code: 'SLOT_FULL' } });
  if (!refused.ok) expect((refused.error.details?.alternatives as unknown[]).length).toBeGreaterThan(0);
  expect(unwrap(await h.call<BookingView>(ALICE, 'booking.get', { bookingId: a.id })).start).toBe(at('12:00'));
  expect(await free('12:00')).toBe(0);
});

test('on an approval resource the new time goes back to 待审核', async () => {
  const booked = unwrap(await book(ALICE, '10:00', '11:00', undefined, 'approval-room'));
  unwrap(await h.call(MANAGER, 'booking.approve', { bookingId: booked.id }, rid()));
  const moved = unwrap(await change(ALICE, booked.id, '16:00', '17:00'));
  expect(moved.status).toBe('pending_approval');
  expect(await free('10:00', '2026-12-09', 'approval-room')).toBe(1);
});

test('the notice period: no change within two hours of the booked start, nor to a start within two hours', async () => {
  const booked = unwrap(await book(ALICE, '16:30', '17:30'));
  h.setNow(at('14:31'));
  expect(await change(ALICE, booked.id, '17:00', '18:00')).toMatchObject({
    ok: false,
    error: { code: 'DEADLINE_PASSED' },
  });
  h.setNow(at('08:00'));
  expect(await change(ALICE, booked.id, '09:30', '10:30')).toMatchObject({
    ok: false,
    error: { code: 'BOOKING_CLOSED', message: '新的开始时间须至少提前120分钟' },
  });
  expect(await change(BOB, booked.id, '11:00', '12:00')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
});

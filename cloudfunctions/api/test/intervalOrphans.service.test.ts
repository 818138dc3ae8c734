// Reservations by the hour whose booking never came (interval/orphans.ts): a booking whose write failed
// outright, and could not even be read back, keeps its reservation (the write may have applied) until the
// freeOrphanReservations job finds it older than the stale window with no booking holding the day; a
// reservation whose booking is there is kept. A retry of the request renews its hold before the job can
// free it; after the job it takes the time afresh, if still free.
import type { BookingView } from '@shared/contract';
import { startHarness, rid, type Harness } from './harness';
import { unwrap } from './fixtures';
import { bookRange, businessInstant, dayLedger, freeUnitsAt, makeCompany } from './intervalFixtures';

const ADMIN = 'or-admin';
const MANAGER = 'or-manager';
const ALICE = 'or-alice';
const BOB = 'or-bob';
const CAROL = 'or-carol';
const NOW = '2026-12-07T10:00:00+08:00'; // Monday
const LATER = '2026-12-07T10:03:00+08:00'; // past the two-minute stale window
const DAY = '2026-12-09';
const at = (hhmm: string, date = DAY) => businessInstant(date, hhmm);

let h: Harness;

beforeAll(async () => {
  h = await startHarness(NOW);
  await makeCompany(h, {
    admin: ADMIN,
    manager: MANAGER,
    resources: [
      {
        id: 'room',
        name: '会议室A',
        kind: 'room',
        policy: { realName: false, perIdPerDay: 5, interval: { granularityMinutes: 30, capacity: 10 } },
      },
    ],
    colleagues: { [ALICE]: '王芳', [BOB]: '刘强', [CAROL]: '陈静' },
  });
});
afterAll(() => h.close());
afterEach(() => h.faults.clear());
beforeEach(() => h.setNow(NOW));

const book = (openid: string, from: string, to: string, requestId = rid(), date = DAY) =>
  bookRange(h.call, openid, { resourceId: 'room', date, from, to, purpose: '项目讨论', headcount: 2 }, requestId);

/** The booking's write fails outright (and its one retry), and so does reading it back. */
function failTheBookingWrite() {
  h.faults.inject({ action: 'database.insertDocument', collectionName: 'bookings' });
  h.faults.inject({ action: 'database.insertDocument', collectionName: 'bookings' });
  // The first read is the request's own look for an earlier delivery; the second reads the write back.
  h.faults.inject({ action: 'database.getDocument', collectionName: 'bookings', skip: 1 });
}

type Held = { id: string; start: number; heldAt?: number };
type Ledger = { reservations: Held[]; unsettledSince?: number; sweepPending?: boolean };
const ledger = (date = DAY) => dayLedger<Ledger>(h, 'room', date);
const held = (date = DAY) => ledger(date).reservations.map((r) => ({ start: new Date(r.start), seen: !r.heldAt }));
const free = (hhmm: string, date = DAY) => freeUnitsAt(h.call, 'room', date, hhmm);

test('an orphaned reservation is freed by the job past the stale window; one whose booking exists is kept', async () => {
  const live = unwrap(await book(ALICE, '10:00', '11:00'));
  failTheBookingWrite();
  const lost = await book(BOB, '14:00', '15:00');
  expect(lost).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  expect(h.faults.waiting).toBe(0);
  expect(h.store.find('bookings', { where: { resourceId: 'room', date: DAY } })).toHaveLength(1);
  expect(held()).toEqual([
    { start: new Date(at('10:00')), seen: false },
    { start: new Date(at('14:00')), seen: false },
  ]);

  // Within the window its write might still be on its way: nothing is freed.
  await h.tick();
  expect(held()).toHaveLength(2);
  expect(await free('14:00')).toBe(0);

  h.setNow(LATER);
  await h.tick();
  expect(held()).toEqual([{ start: new Date(at('10:00')), seen: true }]);
  expect(ledger().unsettledSince).toBeUndefined();
  expect(ledger().reservations[0].id).toBe(live.id);
  expect(await free('14:00')).toBe(1);
  expect(unwrap(await book(CAROL, '14:00', '15:00')).status).toBe('confirmed');
  // The job has nothing left to look at: a further pass changes nothing.
  const before = JSON.stringify(ledger());
  await h.tick();
  expect(JSON.stringify(ledger())).toBe(before);
});

test('the same request retried past the window renews its hold before the job runs, and the booking stands', async () => {
  const requestId = rid();
  failTheBookingWrite();
  expect((await book(BOB, '16:00', '17:00', requestId)).ok).toBe(false);
  h.setNow(LATER);
  const retried = unwrap(await book(BOB, '16:00', '17:00', requestId));
  const mine = () => ledger().reservations.filter((r) => r.id === retried.id);
  expect(mine()).toEqual([expect.objectContaining({ heldAt: Date.parse(LATER) })]);
  await h.tick();
  expect(mine()).toHaveLength(1);
  // Past the window again, the job finds its booking there: kept, and no longer looked at.
  h.setNow('2026-12-07T10:06:00+08:00');
  await h.tick();
  expect(mine()).toEqual([expect.not.objectContaining({ heldAt: expect.anything() })]);
  expect(unwrap(await h.call<BookingView>(BOB, 'booking.get', { bookingId: retried.id })).status).toBe('confirmed');
  expect(await free('16:00')).toBe(0);
});

test('the job first, then the retry: the time was given away meanwhile, so the retry is refused and books nothing', async () => {
  const requestId = rid();
  failTheBookingWrite();
  expect((await book(BOB, '12:00', '13:00', requestId)).ok).toBe(false);
  h.setNow(LATER);
  await h.tick();
  unwrap(await book(CAROL, '12:00', '13:00'));
  expect(await book(BOB, '12:00', '13:00', requestId)).toMatchObject({ ok: false, error: { code: 'SLOT_FULL' } });
  const bobs = h.store.find('bookings', { where: { openid: BOB, date: DAY, start: Date.parse(at('12:00')) } });
  expect(bobs).toEqual([]);
  expect(ledger().reservations.filter((r) => r.start === Date.parse(at('12:00')))).toHaveLength(1);
});

test('a change to another day whose move and undo both failed: the new day is freed, the booking keeps its own', async () => {
  const other = '2026-12-10';
  const booked = unwrap(await book(ALICE, '09:00', '10:00', rid(), other));
  // The move's state change fails (and its retry), then so does reading the booking to put the ledger
  // back (the first read is the request's own, of the booking to change).
  h.faults.inject({ action: 'database.modifyDocument', collectionName: 'bookings' });
  h.faults.inject({ action: 'database.modifyDocument', collectionName: 'bookings' });
  h.faults.inject({ action: 'database.getDocument', collectionName: 'bookings', skip: 1 });
  const moved = await h.call(
    ALICE,
    'booking.change',
    { bookingId: booked.id, start: at('09:00', '2026-12-11'), end: at('10:00', '2026-12-11') },
    rid(),
  );
  expect(moved.ok).toBe(false);
  expect(h.faults.waiting).toBe(0);
  expect(held('2026-12-11')).toHaveLength(1);

  h.setNow(LATER);
  await h.tick();
  expect(held('2026-12-11')).toEqual([]);
  expect(held(other)).toEqual([{ start: new Date(at('09:00', other)), seen: true }]);
  expect(unwrap(await h.call<BookingView>(ALICE, 'booking.get', { bookingId: booked.id })).start).toBe(
    at('09:00', other),
  );
});

test('a day closed over an orphaned reservation waits for it, then ends its sweep once the job frees it', async () => {
  const date = '2026-12-14';
  failTheBookingWrite();
  expect((await book(BOB, '11:00', '12:00', rid(), date)).ok).toBe(false);
  unwrap(
    await h.call(MANAGER, 'admin.resource.close', { resourceId: 'room', from: date, to: date, reason: '消防检查' }),
  );
  await h.tick();
  // Its booking might still come (it would be cancelled then): the day's sweep stays pending.
  expect(ledger(date)).toMatchObject({ sweepPending: true });
  expect(held(date)).toHaveLength(1);

  h.setNow(LATER);
  await h.tick();
  expect(ledger(date)).toMatchObject({ reservations: [], sweepPending: false });
});

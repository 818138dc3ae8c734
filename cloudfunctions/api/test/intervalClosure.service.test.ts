// Closing a resource booked by the hour for a period (admin.resource.close, seed 004): each day is closed in
// its day ledger, so a booking racing the closure either lands first and is cancelled by the venue, or is
// refused; its booker is told once, with other times and rooms; booking, changing and desk booking onto a
// closed day are refused and the offers never suggest one; a second closure changes nothing; a
// cancellation whose write is lost is finished by the job.
import type { BookingView, IntervalDayView, IntervalOffer, NoticeView } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import type { Db, Deps } from '../src/deps';
import { route } from '../src/router';
import { startHarness, rid, type Harness } from './harness';
import { unwrap } from './fixtures';
import {
  bookRange,
  businessInstant as at,
  dayLedger,
  getBooking,
  makeCompany,
  type IntervalPolicy,
  type IntervalResourceSpec,
  type IntervalRules,
} from './intervalFixtures';

const ADMIN = 'cl-admin';
const MANAGER = 'cl-manager';
const SERVICE = 'cl-service';
const ALICE = 'cl-alice';
const RUSH = Array.from({ length: 10 }, (_, i) => `cl-rush-${i}`);
const NOW = '2026-12-07T10:00:00+08:00'; // Monday
const ACTIVE = ['confirmed', 'pending_approval'];

let h: Harness;

const resource = (
  id: string,
  name: string,
  interval: IntervalRules = {},
  policy: Partial<IntervalPolicy> = {},
): IntervalResourceSpec => ({
  id,
  name,
  kind: 'room',
  policy: { realName: false, perIdPerDay: 5, ...policy, interval: { capacity: 12, ...interval } },
});

beforeAll(async () => {
  h = await startHarness(NOW);
  // Open one hour a day: a taken hour is offered on the following days only.
  const hours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '10:00' }));
  await makeCompany(h, {
    admin: ADMIN,
    manager: MANAGER,
    staff: SERVICE,
    resources: [
      resource('hall', '会议室A'),
      resource('room-b', '会议室B'),
      resource('approval-room', '审批会议室', {}, { requiresApproval: true }),
      resource('cabin', '电话间', { hours, granularityMinutes: 60, minMinutes: 60, maxMinutes: 60 }),
    ],
    colleagues: Object.fromEntries([ALICE, ...RUSH].map((openid, i) => [openid, `员工${'甲乙丙丁戊己庚辛壬癸子'[i]}`])),
  });
});
afterAll(() => h.close());
afterEach(() => h.faults.clear());
beforeEach(() => h.setNow(NOW));

const book = (openid: string, resourceId: string, date: string, from: string, to: string, requestId = rid()) =>
  bookRange(h.call, openid, { resourceId, date, from, to, purpose: '项目例会', headcount: 4 }, requestId);
const close = (resourceId: string, from: string, to: string, reason = '会议室装修', requestId = rid()) =>
  h.call<{ closed: number }>(MANAGER, 'admin.resource.close', { resourceId, from, to, reason }, requestId);
const get = (openid: string, bookingId: string) => getBooking(h.call, openid, bookingId);
const closureNotices = async (openid: string, bookingId: string) =>
  unwrap(await h.call<NoticeView[]>(openid, 'notice.list', {})).filter(
    (n) => n.kind === 'closed_by_venue' && n.data.bookingId === bookingId,
  );
const bookingsOn = (resourceId: string, date: string) =>
  h.store.find('bookings', { where: { resourceId, date } }) as unknown as { _id: string; status: string }[];
type Ledger = { reservations: { id: string }[]; closed?: { reason: string }; sweepPending?: boolean };
const ledger = (resourceId: string, date: string) => dayLedger<Ledger>(h, resourceId, date);

/** Resolves once `n` of the promises have. */
const afterSome = (promises: Promise<unknown>[], n: number) =>
  new Promise<void>((resolve) => {
    let settled = 0;
    for (const p of promises) void p.finally(() => ++settled === n && resolve());
  });

// Ten bookings of ranges that do not overlap (without the closure every one would be booked), all sent
// at once. They take turns on the day's version; the closure is sent as the third answer arrives, so it
// meets the others at every step of their way: some have landed, some are between reading and writing
// the day, some have not read it yet.
test('a closure and ten bookings of the closed day at once: each is refused or cancelled by the venue and told once', async () => {
  const date = '2026-12-09';
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const asks = RUSH.map((openid, i) => book(openid, 'hall', date, hhmm(9 * 60 + i * 30), hhmm(9 * 60 + i * 30 + 30)));
  const [closure, ...answers] = await Promise.all([afterSome(asks, 3).then(() => close('hall', date, date)), ...asks]);
  expect(unwrap(closure)).toEqual({ closed: 1 });
  await h.tick();

  expect(bookingsOn('hall', date).filter((b) => ACTIVE.includes(b.status))).toEqual([]);
  for (const [i, answer] of answers.entries()) {
    if (answer.ok) {
      // Landed before the closure: cancelled by the venue with the reason, and told exactly once.
      expect(await get(RUSH[i], answer.data.id)).toMatchObject({
        status: 'cancelled_by_venue',
        reason: '会议室装修',
      });
      expect(await closureNotices(RUSH[i], answer.data.id)).toHaveLength(1);
    } else {
      expect(answer.error).toMatchObject({
        code: 'INVALID_STATE',
        message: '该日暂停开放（会议室装修），请选择其他日期',
        details: { reason: 'resource_closed' },
      });
    }
  }
  const cancelled = answers.filter((a) => a.ok).length;
  expect(bookingsOn('hall', date).filter((b) => b.status === 'cancelled_by_venue')).toHaveLength(cancelled);
  expect(ledger('hall', date)).toMatchObject({
    reservations: [],
    closed: { reason: '会议室装修' },
    sweepPending: false,
  });
  // The day's grid says it is closed and offers no cell; nothing can be booked there afterwards.
  const view = unwrap(await h.call<IntervalDayView>(ALICE, 'resource.day', { resourceId: 'hall', date }));
  expect(view.closed).toEqual({ reason: '会议室装修' });
  expect(view.cells.filter((c) => c.bookable)).toEqual([]);
  expect(await book(ALICE, 'hall', date, '16:00', '17:00')).toMatchObject({
    ok: false,
    error: { code: 'INVALID_STATE', details: { reason: 'resource_closed' } },
  });
});

/**
 * The services' dependencies with every booking insert held at a gate: a booking whose reservation is
 * taken and whose write is still on its way, for as long as the test wants.
 */
function holdBookingWrites(deps: Deps) {
  let reached = () => {};
  let open = () => {};
  const atGate = new Promise<void>((r) => (reached = r));
  const gate = new Promise<void>((r) => (open = r));
  const bind = <T extends object>(target: T, prop: string | symbol) => {
    const value = Reflect.get(target, prop);
    return typeof value === 'function' ? value.bind(target) : value;
  };
  const held = (coll: ReturnType<Db['collection']>) =>
    new Proxy(coll, {
      get: (c, prop) =>
        prop === 'add'
          ? async (arg: Parameters<typeof c.add>[0]) => {
              reached();
              await gate;
              return c.add(arg);
            }
          : bind(c, prop),
    });
  const db = new Proxy(deps.db, {
    get: (target, prop) =>
      prop === 'collection'
        ? (name: string) => (name === 'bookings' ? held(target.collection(name)) : target.collection(name))
        : bind(target, prop),
  });
  return { deps: { ...deps, db }, atGate, open };
}

test('a booking still being written when its day closes is cancelled once it lands, and its booker told', async () => {
  const date = '2026-12-10';
  const slow = holdBookingWrites(h.deps);
  const data = {
    resourceId: 'room-b',
    start: at(date, '10:00'),
    end: at(date, '11:00'),
    purpose: '客户来访',
    headcount: 3,
  };
  const writing = route(slow.deps, ALICE, { action: 'booking.create', data, requestId: rid() }) as Promise<
    Envelope<BookingView>
  >;
  await slow.atGate;
  expect(unwrap(await close('room-b', date, date, '临时检修'))).toEqual({ closed: 1 });
  // Its reservation is there and its booking is not: the day waits for it.
  expect(ledger('room-b', date)).toMatchObject({ sweepPending: true });
  expect(ledger('room-b', date).reservations).toHaveLength(1);

  slow.open();
  const booked = unwrap(await writing);
  await h.tick();
  expect(await get(ALICE, booked.id)).toMatchObject({ status: 'cancelled_by_venue', reason: '临时检修' });
  expect(await closureNotices(ALICE, booked.id)).toHaveLength(1);
  expect(ledger('room-b', date)).toMatchObject({ reservations: [], sweepPending: false });
});

test('the bookings of the period are cancelled (confirmed and awaiting approval), the one in use is left, the day after stands', async () => {
  const today = '2026-12-07';
  const confirmed = unwrap(await book(ALICE, 'hall', '2026-12-08', '14:00', '15:00'));
  const pending = unwrap(await book(ALICE, 'approval-room', '2026-12-08', '14:00', '15:00'));
  const after = unwrap(await book(ALICE, 'hall', '2026-12-10', '14:00', '15:00'));
  const inUse = unwrap(await book(ALICE, 'hall', today, '11:30', '12:30'));
  const later = unwrap(await book(ALICE, 'hall', today, '15:00', '16:00'));
  expect(pending.status).toBe('pending_approval');
  h.setNow(at(today, '11:35'));
  unwrap(await h.call(ALICE, 'booking.use', { bookingId: inUse.id }, rid()));

  expect(unwrap(await close('hall', today, '2026-12-08', '设备检修'))).toEqual({ closed: 2 });
  expect(unwrap(await close('approval-room', today, '2026-12-08', '设备检修'))).toEqual({ closed: 2 });
  await h.tick();

  for (const b of [confirmed, pending, later])
    expect(await get(ALICE, b.id)).toMatchObject({ status: 'cancelled_by_venue', reason: '设备检修' });
  expect((await get(ALICE, inUse.id)).status).toBe('checked_in');
  expect((await get(ALICE, after.id)).status).toBe('confirmed');
  // The booker is told with other times of the room (never on a closed day) and other rooms free then.
  const [notice] = await closureNotices(ALICE, confirmed.id);
  expect(notice.body).toContain('因“设备检修”取消');
  const offers = notice.data.offers as IntervalOffer[];
  expect(offers.filter((o) => o.resourceId === 'room-b')).toContainEqual(
    expect.objectContaining({ start: at('2026-12-08', '14:00'), end: at('2026-12-08', '15:00') }),
  );
  const sameRoom = offers.filter((o) => o.resourceId === 'hall');
  expect(sameRoom.length).toBeGreaterThan(0);
  const closedDays = [today, '2026-12-08', '2026-12-09'];
  expect(sameRoom.filter((o) => closedDays.some((d) => o.start.startsWith(d)))).toEqual([]);
  expect(ledger('hall', '2026-12-08').reservations).toEqual([]);
  // The booking's own page offers the same, to rebook in one tap; a booking.create at an offer takes it.
  const seen = await get(ALICE, confirmed.id);
  expect(seen.actions).toContain('rebook');
  const offer = seen.offers!.find((o) => o.resourceId === 'room-b')!;
  expect(offer).toMatchObject({ start: at('2026-12-08', '14:00'), end: at('2026-12-08', '15:00') });
  const rebooked = await h.call(
    ALICE,
    'booking.create',
    { resourceId: offer.resourceId, start: offer.start, end: offer.end, purpose: '项目周会', headcount: 4 },
    rid(),
  );
  expect(unwrap(rebooked)).toMatchObject({ resourceId: 'room-b', status: 'confirmed' });
});

test('a second closure of the same days cancels and tells nobody again; the same request retried answers as before', async () => {
  const date = '2026-12-11';
  const booked = unwrap(await book(ALICE, 'hall', date, '09:00', '10:00'));
  const requestId = rid();
  expect(unwrap(await close('hall', date, date, '会议室装修', requestId))).toEqual({ closed: 1 });
  await h.tick();
  const told = await closureNotices(ALICE, booked.id);
  expect(told).toHaveLength(1);

  expect(unwrap(await close('hall', date, date, '再次装修'))).toEqual({ closed: 0 });
  expect(unwrap(await close('hall', date, date, '会议室装修', requestId))).toEqual({ closed: 1 });
  await h.tick();
  expect(await closureNotices(ALICE, booked.id)).toEqual(told);
  expect(await get(ALICE, booked.id)).toMatchObject({ status: 'cancelled_by_venue', reason: '会议室装修' });
  expect(ledger('hall', date).closed).toEqual({ reason: '会议室装修' });
});

test('the cancellation applied but its answer and its retry lost: the call still closes, and the job cancels and tells everyone once', async () => {
  const date = '2026-12-14';
  const booked = await Promise.all(
    ['09:00', '10:00', '11:00'].map(async (from, i) =>
      unwrap(await book(RUSH[i], 'room-b', date, from, `${Number(from.slice(0, 2)) + 1}:00`)),
    ),
  );
  // The first state change is applied and its answer lost; its one retry fails outright.
  h.faults.inject({ action: 'database.modifyDocument', collectionName: 'bookings', mode: 'applyThenFail' });
  h.faults.inject({ action: 'database.modifyDocument', collectionName: 'bookings' });
  expect(unwrap(await close('room-b', date, date))).toEqual({ closed: 1 });
  expect(h.faults.waiting).toBe(0);
  expect(bookingsOn('room-b', date).filter((b) => ACTIVE.includes(b.status)).length).toBeGreaterThan(0);

  await h.tick();
  for (const [i, b] of booked.entries()) {
    expect((await get(RUSH[i], b.id)).status).toBe('cancelled_by_venue');
    expect(await closureNotices(RUSH[i], b.id)).toHaveLength(1);
  }
  expect(ledger('room-b', date)).toMatchObject({ reservations: [], sweepPending: false });
});

test('changing onto a closed day, booking it at the desk, or being offered it: refused or never', async () => {
  const closedDay = '2026-12-10';
  const mine = unwrap(await book(ALICE, 'cabin', '2026-12-09', '09:00', '10:00'));
  unwrap(await close('cabin', closedDay, closedDay, '线路检修'));
  const refusal = { ok: false, error: { code: 'INVALID_STATE', details: { reason: 'resource_closed' } } };
  expect(
    await h.call(
      ALICE,
      'booking.change',
      { bookingId: mine.id, start: at(closedDay, '09:00'), end: at(closedDay, '10:00') },
      rid(),
    ),
  ).toMatchObject(refusal);
  expect(
    await h.call(
      SERVICE,
      'desk.bookRange',
      {
        resourceId: 'cabin',
        start: at(closedDay, '09:00'),
        end: at(closedDay, '10:00'),
        purpose: '客户电话会议',
        headcount: 1,
        name: '陈总',
        phone: '13800001111',
        company: '华东建材贸易有限公司',
      },
      rid(),
    ),
  ).toMatchObject(refusal);
  // Its only hour on the 9th taken, the cabin is offered on the days after, skipping the closed 10th.
  const full = await book(RUSH[0], 'cabin', '2026-12-09', '09:00', '10:00');
  expect(full).toMatchObject({ ok: false, error: { code: 'SLOT_FULL' } });
  const offers = (!full.ok && (full.error.details?.alternatives as IntervalOffer[])) || [];
  expect(offers.filter((o) => o.resourceId === 'cabin').map((o) => o.start)).toEqual([
    at('2026-12-11', '09:00'),
    at('2026-12-14', '09:00'),
  ]);
  expect((await get(ALICE, mine.id)).start).toBe(at('2026-12-09', '09:00'));
});

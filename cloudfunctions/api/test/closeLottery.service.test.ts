// Closing a lottery slot stops its lottery: the lottery ends cancelled, every application (applied,
// won, confirmed) ends by the venue with its claims released and its visitor told once, nothing is
// drawn or confirmed afterwards, and no no-show is ever recorded on the slot. The sweep is bounded per
// call and finished by the job; a close racing the draw never leaves winners who can still confirm.
import { startHarness, seedUsers, type Harness } from './harness';
import { makeAttendee, makeResource, makeSlot, makeVenue, unwrap } from './fixtures';
import { advanceLottery } from '../src/modules/lottery/advance';
import { sweepClosedSlot } from '../src/modules/slot/sweep';
import { markNoShows } from '../src/jobs/markNoShows';
import type { NoticeDoc, SlotDoc } from '../src/db/docs';
import type { ApplicationView, BookingView, LotteryView, SlotView } from '@shared/contract';

const ADMIN = 'admin-1';
let h: Harness;
let n = 0;
let person = 20000;

beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
  await seedUsers(h.store, [{ openid: ADMIN, roles: [{ role: 'admin' }] }]);
  await makeVenue(h.call, ADMIN, 'v1');
});
afterAll(() => h.close());
beforeEach(() => {
  h.faults.clear();
  h.setNow('2026-12-01T08:00:00+08:00');
});

/** A lottery slot on Dec 5, 14:00; applications close Dec 4 20:00, the draw at 20:30. */
async function lotterySlot(capacity: number) {
  const r = await makeResource(h.call, ADMIN, 'v1', {}, `cl${++n}`);
  unwrap(
    await h.call(ADMIN, 'admin.resource.upsert', {
      id: r,
      venueId: 'v1',
      name: '抽签讲座',
      kind: 'event',
      mode: 'slot',
      allocation: 'lottery',
      policy: {},
    }),
  );
  const slot = unwrap(
    await h.call<SlotView>(ADMIN, 'admin.slot.create', {
      resourceId: r,
      start: '2026-12-05T14:00:00+08:00',
      end: '2026-12-05T15:30:00+08:00',
      capacity,
      closesAt: '2026-12-04T20:00:00+08:00',
      drawAt: '2026-12-04T20:30:00+08:00',
    }),
  );
  return slot.id;
}
/** `count` visitors apply, one person each; their openids. */
async function applicants(slotId: string, prefix: string, count: number): Promise<string[]> {
  const openids = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  for (const o of openids)
    unwrap(await h.call(o, 'lottery.apply', { slotId, attendeeIds: [await makeAttendee(h.call, o, ++person)] }));
  return openids;
}
const close = (slotId: string) => h.call<SlotView>(ADMIN, 'admin.slot.close', { slotId, reason: '场馆检修' });
const apps = (slotId: string, status?: string) =>
  h.store.find('applications', { where: { slotId, ...(status ? { status } : {}) } });
const lotteryDoc = (slotId: string) => h.store.find('lotteries', { id: slotId })[0];
const slotDoc = (slotId: string) => h.store.find<SlotDoc>('slots', { id: slotId })[0];
const noticesOf = (kind: string, openids: string[]) =>
  h.store.find<NoticeDoc>('notices', { where: { kind, openid: { $in: openids } } });
const mine = async (openid: string) => unwrap(await h.call<ApplicationView[]>(openid, 'lottery.mine', {}))[0];

test('before the draw: the lottery ends, 150 applications end by the venue in bounded batches finished by the job, each told once', async () => {
  const slotId = await lotterySlot(5);
  const openids = await applicants(slotId, 'cb', 150);
  const claimsHeld = () => h.store.count('claims', { bookingId: { $in: apps(slotId).map((a) => a._id) } });
  expect(claimsHeld()).toBe(150);

  // The closing call's sweep fails at its first read of the applications: the slot and the lottery are
  // closed all the same, and the call succeeds.
  h.faults.inject({ action: 'database.getDocument', collectionName: 'applications' });
  expect(unwrap(await close(slotId))).toMatchObject({ status: 'cancelled', reason: '场馆检修' });
  expect(lotteryDoc(slotId)).toMatchObject({ status: 'cancelled', reason: '场馆检修' });
  expect(apps(slotId, 'applied')).toHaveLength(150);
  expect(slotDoc(slotId).sweepPending).toBe(true);

  // One batch ends one page of 100.
  expect(await sweepClosedSlot(h.deps, slotDoc(slotId))).toBe(true);
  expect(apps(slotId, 'cancelled_by_venue')).toHaveLength(100);
  expect(apps(slotId, 'applied')).toHaveLength(50);
  // The next one stops after telling one visitor and before that application's change.
  h.faults.inject({ action: 'database.modifyDocument', collectionName: 'applications', skip: 10 });
  await expect(sweepClosedSlot(h.deps, slotDoc(slotId))).rejects.toThrow();
  h.faults.clear();
  expect(apps(slotId, 'applied').length).toBeGreaterThanOrEqual(1);

  // Past the draw time the job finishes the sweep, and draws nothing.
  h.setNow('2026-12-04T20:30:00+08:00');
  await h.tick();
  expect(apps(slotId, 'cancelled_by_venue')).toHaveLength(150);
  expect(apps(slotId).every((a) => a.reason === '场馆检修' && a.round === undefined)).toBe(true);
  expect(slotDoc(slotId).sweepPending).toBe(false);
  expect(lotteryDoc(slotId).status).toBe('cancelled');
  expect(claimsHeld()).toBe(0);
  const told = noticesOf('lottery_cancelled', openids);
  expect(told).toHaveLength(150);
  expect(new Set(told.map((x) => x.openid)).size).toBe(150);
  expect(told[0].body).toContain('场馆检修');
  expect(noticesOf('lottery_won', openids)).toHaveLength(0);
  expect(noticesOf('lottery_lost', openids)).toHaveLength(0);

  expect(await h.call(ADMIN, 'lottery.draw', { slotId })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_STATE', message: '该时段已被场馆取消，抽签已终止' },
  });
  h.setNow('2026-12-02T10:00:00+08:00');
  const late = await makeAttendee(h.call, 'cb-late', ++person);
  expect(await h.call('cb-late', 'lottery.apply', { slotId, attendeeIds: [late] })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_STATE' },
  });
  const view = unwrap(await h.call<LotteryView>(null, 'lottery.get', { slotId }));
  expect(view.seed).toBeUndefined();
  expect(view.status).not.toBe('drawn');
  expect((await mine('cb0')).status).not.toBe('applied');
}, 180_000);

test('after the draw: winners, a confirmed booking and losers all end by the venue; confirm is refused; no no-shows', async () => {
  const slotId = await lotterySlot(3);
  const openids = await applicants(slotId, 'ca', 6);
  h.setNow('2026-12-04T20:30:00+08:00');
  await h.tick();
  const before = await Promise.all(openids.map(mine));
  const winners = openids.filter((_, i) => before[i].status === 'won');
  expect(winners).toHaveLength(3);
  const booking = unwrap(
    await h.call<BookingView>(winners[0], 'lottery.confirm', { applicationId: before[openids.indexOf(winners[0])].id }),
  );
  expect(booking.status).toBe('confirmed');

  unwrap(await close(slotId));
  expect(lotteryDoc(slotId)).toMatchObject({ status: 'cancelled', reason: '场馆检修' });
  expect(apps(slotId, 'cancelled_by_venue')).toHaveLength(6);
  const b = unwrap(await h.call<BookingView>(winners[0], 'booking.get', { bookingId: booking.id }));
  expect(b).toMatchObject({ status: 'cancelled_by_venue', reason: '场馆检修' });
  // The confirmed winner hears it from the booking's notice, with no other lottery slot to rebook into;
  // everyone else from the lottery's.
  const bookingNotices = noticesOf('closed_by_venue', [winners[0]]);
  expect(bookingNotices).toHaveLength(1);
  expect(bookingNotices[0].data.alternatives).toEqual([]);
  expect(noticesOf('lottery_cancelled', [winners[0]])).toHaveLength(0);
  expect(
    noticesOf(
      'lottery_cancelled',
      openids.filter((o) => o !== winners[0]),
    ),
  ).toHaveLength(5);
  for (const w of winners.slice(1)) {
    const app = before[openids.indexOf(w)];
    expect(await h.call(w, 'lottery.confirm', { applicationId: app.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
  }
  // The places: the cancelled booking gave its own back; the lottery keeps what it held (never more
  // than the capacity in the slot, never below zero).
  expect(slotDoc(slotId).remaining).toBe(1);

  h.setNow('2026-12-06T10:00:00+08:00');
  await h.tick();
  expect(h.store.count('bookings', { slotId, status: { $in: ['confirmed', 'no_show'] } })).toBe(0);
  expect(h.store.count('noshows', { bookingId: booking.id })).toBe(0);
  expect(apps(slotId, 'forfeited')).toHaveLength(0);
});

test('a winner confirming as the slot closes ends with no booking left on it', async () => {
  const slotId = await lotterySlot(1);
  const [winner] = await applicants(slotId, 'cr', 1);
  h.setNow('2026-12-04T20:30:00+08:00');
  await h.tick();
  const app = await mine(winner);
  expect(app.status).toBe('won');
  const [confirmed] = await Promise.all([
    h.call<BookingView>(winner, 'lottery.confirm', { applicationId: app.id }),
    close(slotId),
  ]);
  // Past the function's time limit the job ends what still waited for a confirm's booking.
  h.setNow('2026-12-04T20:35:00+08:00');
  await h.tick();
  expect(confirmed.ok || confirmed.error.code === 'INVALID_STATE' || confirmed.error.code === 'DEADLINE_PASSED').toBe(
    true,
  );
  expect(h.store.count('bookings', { slotId, status: { $in: ['confirmed', 'pending_approval'] } })).toBe(0);
  expect(apps(slotId, 'cancelled_by_venue')).toHaveLength(1);
  expect(slotDoc(slotId).sweepPending).toBe(false);
  expect(await h.call(winner, 'lottery.confirm', { applicationId: app.id })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_STATE' },
  });
});

test('a confirmed application whose booking is not written yet waits for it before it ends', async () => {
  const slotId = await lotterySlot(1);
  const [winner] = await applicants(slotId, 'cw', 1);
  h.setNow('2026-12-04T20:30:00+08:00');
  await h.tick();
  const app = await mine(winner);
  // The confirm decides, then its booking insert fails (and its retry): a call finishing it may follow.
  h.faults.inject({ action: 'database.insertDocument', collectionName: 'bookings' });
  h.faults.inject({ action: 'database.insertDocument', collectionName: 'bookings' });
  expect((await h.call(winner, 'lottery.confirm', { applicationId: app.id })).ok).toBe(false);
  unwrap(await close(slotId));
  expect(apps(slotId, 'confirmed')).toHaveLength(1);
  expect(slotDoc(slotId).sweepPending).toBe(true);
  // Past the time limit no such call can still be running: it ends, and its visitor is told.
  h.setNow('2026-12-04T20:32:00+08:00');
  await h.tick();
  expect(apps(slotId, 'cancelled_by_venue')).toHaveLength(1);
  expect(slotDoc(slotId).sweepPending).toBe(false);
  expect(noticesOf('lottery_cancelled', [winner])).toHaveLength(1);
  expect(await h.call(winner, 'lottery.confirm', { applicationId: app.id })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_STATE' },
  });
  expect(h.store.count('bookings', { slotId })).toBe(0);
});

/** After the race and the jobs: no application can still confirm, and every winner was told it ended. */
async function expectNoLiveWinners(slotId: string, openids: string[]) {
  await h.tick();
  expect(lotteryDoc(slotId).status).toBe('cancelled');
  expect(apps(slotId).filter((a) => ['applied', 'won', 'confirmed'].includes(a.status as string))).toHaveLength(0);
  expect(h.store.count('bookings', { slotId, status: { $in: ['confirmed', 'pending_approval'] } })).toBe(0);
  const won = noticesOf('lottery_won', openids).map((x) => x.openid);
  expect(noticesOf('lottery_cancelled', won)).toHaveLength(won.length);
  for (const o of won) {
    const app = await mine(o);
    expect(await h.call(o, 'lottery.confirm', { applicationId: app.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
  }
}

test('a draw stopped after marking winners, before its cursor, is closed: the winners end and the draw never resumes', async () => {
  const slotId = await lotterySlot(10);
  const openids = await applicants(slotId, 'cm', 30);
  h.setNow('2026-12-04T20:30:00+08:00');
  // The draw's start commits; the end of its round (the cursor after the winners) does not.
  h.faults.inject({ action: 'database.commitTransaction', skip: 1 });
  await expect(advanceLottery(h.deps, slotId, 60_000)).rejects.toThrow();
  h.faults.clear();
  expect(lotteryDoc(slotId).status).toBe('drawing');
  expect(apps(slotId, 'won')).toHaveLength(10);
  unwrap(await close(slotId));
  expect(apps(slotId, 'won')).toHaveLength(0);
  await expectNoLiveWinners(slotId, openids);
  expect(noticesOf('lottery_won', openids)).toHaveLength(10);
  expect(lotteryDoc(slotId)).toMatchObject({ status: 'cancelled', winners: 0 });
  expect(slotDoc(slotId).remaining).toBe(0);
});

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a close racing the draw ends with a cancelled lottery and no winner who can confirm', async () => {
  // The close leaves at once or a little after the draw, so that it meets the draw at different steps.
  const delays = [0, 0, 5, 10, 20, 40];
  for (const [round, delay] of delays.entries()) {
    h.setNow('2026-12-01T08:00:00+08:00');
    const slotId = await lotterySlot(10);
    const openids = await applicants(slotId, `cx${round}-`, 30);
    h.setNow('2026-12-04T20:30:00+08:00');
    // The manager's draw and the timer's, each against the close.
    const draw =
      round % 2 ? advanceLottery(h.deps, slotId, 60_000).then(() => null) : h.call(ADMIN, 'lottery.draw', { slotId });
    const [drawn, closed] = await Promise.all([draw, later(delay).then(() => close(slotId))]);
    expect(closed.ok).toBe(true);
    if (drawn && !drawn.ok) expect(drawn.error.code).toBe('INVALID_STATE');
    await expectNoLiveWinners(slotId, openids);
  }
}, 120_000);

test('the no-show job cancels a confirmed booking left on a closed slot instead of counting it', async () => {
  const r = await makeResource(h.call, ADMIN, 'v1', {}, `cn${++n}`);
  const s = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 2);
  const booking = unwrap(
    await h.call<BookingView>('cn1', 'booking.create', {
      slotId: s,
      attendeeIds: [await makeAttendee(h.call, 'cn1', ++person)],
    }),
  );
  // The close's sweep fails reading the bookings: the booking is still confirmed when the slot ends.
  h.faults.inject({ action: 'database.getDocument', collectionName: 'bookings' });
  unwrap(await close(s));
  expect(unwrap(await h.call<BookingView>('cn1', 'booking.get', { bookingId: booking.id })).status).toBe('confirmed');
  h.setNow('2026-12-03T12:00:00+08:00');
  await markNoShows.run(h.deps);
  expect(unwrap(await h.call<BookingView>('cn1', 'booking.get', { bookingId: booking.id }))).toMatchObject({
    status: 'cancelled_by_venue',
    reason: '场馆检修',
  });
  expect(h.store.count('noshows', { bookingId: booking.id })).toBe(0);
});

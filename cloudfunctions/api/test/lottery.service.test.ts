// Lotteries with a fixed Asia/Shanghai clock: applications and their refusals, the commitment, the
// draw (checked against the pure reference draw), a draw interrupted after every page, confirmation
// and places passed on when a winner does not confirm.
import { draw as referenceDraw, commitmentOf, listHash } from '@shared/rules/lottery';
import { startHarness, seedUsers, type Harness } from './harness';
import { makeAttendee, makeResource, makeVenue, unwrap } from './fixtures';
import { advanceLottery } from '../src/modules/lottery/advance';
import type { AttendeeDoc, LotteryDoc } from '../src/db/docs';
import type { ApplicationView, BookingView, LotteryEntriesPage, LotteryView, SlotView } from '@shared/contract';

const ADMIN = 'admin-1';
let h: Harness;
let n = 0;
let person = 5000;

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
async function lotterySlot(capacity: number, policy: Record<string, unknown> = {}) {
  const r = await makeResource(h.call, ADMIN, 'v1', { maxAttendees: 3, ...policy }, `lr${++n}`);
  unwrap(
    await h.call(ADMIN, 'admin.resource.upsert', {
      id: r,
      venueId: 'v1',
      name: '抽签讲座',
      kind: 'event',
      mode: 'slot',
      allocation: 'lottery',
      policy: { maxAttendees: 3, ...policy },
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
const apply = async (openid: string, slotId: string, people = 1) => {
  const ids = [];
  for (let i = 0; i < people; i++) ids.push(await makeAttendee(h.call, openid, ++person));
  return h.call<ApplicationView>(openid, 'lottery.apply', { slotId, attendeeIds: ids });
};
const get = (slotId: string) => h.call<LotteryView>(null, 'lottery.get', { slotId }).then(unwrap);

async function allEntries(slotId: string) {
  const out: LotteryEntriesPage['entries'] = [];
  let after: string | undefined;
  do {
    const page = unwrap(
      await h.call<LotteryEntriesPage>(null, 'lottery.entries', { slotId, ...(after ? { after } : {}) }),
    );
    out.push(...page.entries);
    after = page.next;
  } while (after);
  return out;
}

test('a lottery slot publishes a commitment and needs its times; booking it directly is INVALID_STATE', async () => {
  const slotId = await lotterySlot(2);
  const l = await get(slotId);
  expect(l).toMatchObject({
    status: 'open',
    applicants: 0,
    places: 2,
    closesAt: '2026-12-04T20:00:00+08:00',
    drawAt: '2026-12-04T20:30:00+08:00',
  });
  expect(l.commitment).toMatch(/^[0-9a-f]{64}$/);
  expect(l.seed).toBeUndefined();
  const a = await makeAttendee(h.call, 'direct', ++person);
  expect(await h.call('direct', 'booking.create', { slotId, attendeeIds: [a] })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_STATE' },
  });
  const r = (await get(slotId)).resourceId;
  expect(
    await h.call(ADMIN, 'admin.slot.create', {
      resourceId: r,
      start: '2026-12-06T14:00:00+08:00',
      end: '2026-12-06T15:00:00+08:00',
      capacity: 2,
    }),
  ).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
});

test('applications: one per ID number across accounts, within the window, not while blocked; withdraw before the close', async () => {
  const slotId = await lotterySlot(2);
  const first = unwrap(await apply('la1', slotId, 2));
  expect(first).toMatchObject({ status: 'applied', size: 2 });
  // The same person from another account.
  const sharedNumber = person; // the last attendee of la1
  const again = await makeAttendee(h.call, 'la2', sharedNumber);
  expect(await h.call('la2', 'lottery.apply', { slotId, attendeeIds: [again] })).toMatchObject({
    ok: false,
    error: { code: 'DUPLICATE_BOOKING' },
  });
  expect(await apply('la3', slotId, 4)).toMatchObject({ ok: false, error: { code: 'LIMIT_EXCEEDED' } });
  // Blocked at the venue (a block as the no-show job records it).
  const blockedId = await makeAttendee(h.call, 'la5', ++person);
  const { idHash } = h.store.find<AttendeeDoc>('attendees', { id: blockedId })[0];
  await h.store.insert('blocks', [
    {
      _id: `${idHash}:v1:x`,
      idHash,
      venueId: 'v1',
      until: Date.parse('2026-12-30T00:00:00+08:00'),
      at: Date.parse('2026-11-30T00:00:00+08:00'),
    },
  ]);
  expect(await h.call('la5', 'lottery.apply', { slotId, attendeeIds: [blockedId] })).toMatchObject({
    ok: false,
    error: { code: 'BLOCKED' },
  });
  expect(await get(slotId)).toMatchObject({ applicants: 1, people: 2 });
  unwrap(await h.call('la1', 'lottery.withdraw', { applicationId: first.id }));
  expect(await get(slotId)).toMatchObject({ applicants: 0, people: 0 });
  // Withdrawn, the same person may apply again (from the other account).
  unwrap(await h.call('la2', 'lottery.apply', { slotId, attendeeIds: [again] }));
  h.setNow('2026-12-04T20:00:00+08:00');
  expect(await apply('la4', slotId)).toMatchObject({ ok: false, error: { code: 'BOOKING_CLOSED' } });
  const [mine] = unwrap(await h.call<ApplicationView[]>('la2', 'lottery.mine', {}));
  expect(await h.call('la2', 'lottery.withdraw', { applicationId: mine.id })).toMatchObject({
    ok: false,
    error: { code: 'DEADLINE_PASSED' },
  });
  expect(await h.call('la1', 'lottery.withdraw', { applicationId: mine.id })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});

test('the draw: manager not before the close; seed revealed matches the commitment; anyone can recompute it', async () => {
  const slotId = await lotterySlot(5);
  for (let i = 0; i < 12; i++) unwrap(await apply(`ld${i}`, slotId, 1 + (i % 3)));
  expect(await h.call(ADMIN, 'lottery.draw', { slotId })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_STATE' },
  });
  expect(await h.call('ld0', 'lottery.draw', { slotId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  h.setNow('2026-12-04T20:05:00+08:00');
  const drawn = unwrap(await h.call<LotteryView>(ADMIN, 'lottery.draw', { slotId }));
  expect(drawn.status).toBe('drawn');
  expect(commitmentOf(drawn.seed!)).toBe(drawn.commitment);
  const entries = await allEntries(slotId);
  expect(listHash(entries)).toBe(drawn.listHash);
  const winners = referenceDraw(drawn.seed!, entries, drawn.places);
  expect(new Set(winners)).toEqual(new Set(entries.filter((e) => e.won).map((e) => e.id)));
  expect(entries.filter((e) => e.won).reduce((s, e) => s + e.size, 0)).toBeLessThanOrEqual(5);
  expect(drawn.winners).toBe(winners.length);
  const statuses = await Promise.all(
    Array.from(
      { length: 12 },
      async (_, i) => unwrap(await h.call<ApplicationView[]>(`ld${i}`, 'lottery.mine', {}))[0].status,
    ),
  );
  expect(statuses.filter((s) => s === 'won')).toHaveLength(winners.length);
  expect(statuses.filter((s) => s === 'lost')).toHaveLength(12 - winners.length);
});

test('a draw interrupted after every page resumes to the identical result', async () => {
  const slotId = await lotterySlot(120);
  for (let i = 0; i < 260; i++) unwrap(await apply(`lr${i}`, slotId, 1 + (i % 2)));
  h.setNow('2026-12-04T20:30:00+08:00');
  // Every step of the freeze and the draw stores a cursor: let one through, fail the next, resume.
  let interruptions = 0;
  for (let i = 0; i < 200; i++) {
    if ((await get(slotId)).status === 'drawn') break;
    h.faults.inject({ action: 'database.modifyDocument', collectionName: 'lotteries', skip: 1 });
    try {
      await advanceLottery(h.deps, slotId, 60_000);
    } catch {
      interruptions++;
    }
    h.faults.clear();
  }
  // 3 pages of list hash, 2 pages of draw and 3 state changes: every cursor write failed once.
  expect(interruptions).toBeGreaterThanOrEqual(5);
  const drawn = await get(slotId);
  expect(drawn.status).toBe('drawn');
  const entries = await allEntries(slotId);
  expect(entries).toHaveLength(260);
  expect(listHash(entries)).toBe(drawn.listHash);
  expect(new Set(referenceDraw(drawn.seed!, entries, 120))).toEqual(
    new Set(entries.filter((e) => e.won).map((e) => e.id)),
  );
}, 120_000);

test('a winner confirms into a normal booking; a winner who does not confirm passes the places on', async () => {
  const slotId = await lotterySlot(1, { lottery: { confirmHours: 2 } });
  for (let i = 0; i < 4; i++) unwrap(await apply(`lc${i}`, slotId));
  h.setNow('2026-12-04T20:30:00+08:00');
  await h.tick();
  const mine = async (i: number) => unwrap(await h.call<ApplicationView[]>(`lc${i}`, 'lottery.mine', {}))[0];
  const all = await Promise.all([0, 1, 2, 3].map(mine));
  const winner = all.findIndex((a) => a.status === 'won');
  expect(all.filter((a) => a.status === 'won')).toHaveLength(1);
  const loser = all.findIndex((a) => a.status === 'lost');
  expect(await h.call(`lc${loser}`, 'lottery.confirm', { applicationId: all[loser].id })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_STATE' },
  });
  expect(
    (await h.call<{ kind: string }[]>(`lc${winner}`, 'notice.list', {}).then(unwrap)).map((x) => x.kind),
  ).toContain('lottery_won');
  // The winner lets the two hours pass: the place goes to the next in rank.
  h.setNow('2026-12-04T22:31:00+08:00');
  expect(await h.call(`lc${winner}`, 'lottery.confirm', { applicationId: all[winner].id })).toMatchObject({
    ok: false,
    error: { code: 'DEADLINE_PASSED' },
  });
  await h.tick();
  expect((await mine(winner)).status).toBe('forfeited');
  const second = (await Promise.all([0, 1, 2, 3].map(mine))).findIndex((a) => a.status === 'won');
  expect(second).toBeGreaterThanOrEqual(0);
  expect(second).not.toBe(winner);
  const booking = unwrap(
    await h.call<BookingView>(`lc${second}`, 'lottery.confirm', { applicationId: all[second].id }),
  );
  expect(booking).toMatchObject({ status: 'confirmed', slotId });
  expect(await mine(second)).toMatchObject({ status: 'confirmed', bookingId: booking.id });
});

const remaining = (slotId: string) => h.store.find('slots', { id: slotId })[0].remaining as number;
const kinds = (openid: string) =>
  h
    .call<{ kind: string }[]>(openid, 'notice.list', {})
    .then(unwrap)
    .then((ns) => ns.map((x) => x.kind));
const mineIn = async (openid: string) => unwrap(await h.call<ApplicationView[]>(openid, 'lottery.mine', {}))[0];

test('winners hold their places from the draw; a confirmed booking keeps them and a cancel gives them back', async () => {
  const slotId = await lotterySlot(3);
  for (let i = 0; i < 5; i++) unwrap(await apply(`hp${i}`, slotId));
  h.setNow('2026-12-04T20:30:00+08:00');
  await h.tick();
  expect(remaining(slotId)).toBe(0);
  const all = await Promise.all([0, 1, 2, 3, 4].map((i) => mineIn(`hp${i}`)));
  const w = all.findIndex((a) => a.status === 'won');
  // 24 hours from the draw would be after the slot starts: the deadline is when booking closes.
  expect(all[w].confirmBy).toBe('2026-12-05T13:00:00+08:00');
  // Ten confirms at once: one decision, one booking, the places not taken twice.
  const results = await Promise.all(
    Array.from({ length: 10 }, () => h.call<BookingView>(`hp${w}`, 'lottery.confirm', { applicationId: all[w].id })),
  );
  const ids = new Set(results.map((r) => unwrap(r).id));
  expect(ids.size).toBe(1);
  expect(remaining(slotId)).toBe(0);
  unwrap(await h.call(`hp${w}`, 'booking.cancel', { bookingId: [...ids][0] }));
  expect(remaining(slotId)).toBe(1);
});

test('a confirm interrupted after its decision is finished by the next call', async () => {
  const slotId = await lotterySlot(1);
  unwrap(await apply('ci0', slotId));
  h.setNow('2026-12-04T20:30:00+08:00');
  await h.tick();
  const app = await mineIn('ci0');
  expect(app.status).toBe('won');
  // An outage: the insert and the same insert sent again both fail.
  h.faults.inject({ action: 'database.insertDocument', collectionName: 'bookings' });
  h.faults.inject({ action: 'database.insertDocument', collectionName: 'bookings' });
  expect((await h.call('ci0', 'lottery.confirm', { applicationId: app.id })).ok).toBe(false);
  expect((await mineIn('ci0')).status).toBe('confirmed');
  const booking = unwrap(await h.call<BookingView>('ci0', 'lottery.confirm', { applicationId: app.id }));
  expect(booking).toMatchObject({ status: 'confirmed', slotId });
  expect(unwrap(await h.call<BookingView[]>('ci0', 'booking.list', {})).map((b) => b.id)).toEqual([booking.id]);
});

test('losers are told once each, after the draw, with what happens to unconfirmed places', async () => {
  const slotId = await lotterySlot(2);
  for (let i = 0; i < 7; i++) unwrap(await apply(`lt${i}`, slotId));
  h.setNow('2026-12-04T20:30:00+08:00');
  await h.tick();
  await h.tick();
  const all = await Promise.all([0, 1, 2, 3, 4, 5, 6].map((i) => mineIn(`lt${i}`)));
  for (let i = 0; i < 7; i++) {
    const k = await kinds(`lt${i}`);
    if (all[i].status === 'won') expect(k).toEqual(['lottery_won']);
    else expect(k).toEqual(['lottery_lost']);
  }
  const lost = all.findIndex((a) => a.status === 'lost');
  const [notice] = unwrap(await h.call<{ body: string }[]>(`lt${lost}`, 'notice.list', {}));
  expect(notice.body).toContain('依次递补');
});

test('with unconfirmed places going to the waiting list, losers join it after the draw and a forfeit serves them', async () => {
  const slotId = await lotterySlot(1, { lottery: { confirmHours: 2, unconfirmed: 'waitlist' } });
  for (let i = 0; i < 3; i++) unwrap(await apply(`wl${i}`, slotId));
  const early = await mineIn('wl0');
  expect(await h.call('wl0', 'waitlist.join', { slotId, attendeeIds: early.attendees.map((a) => a.id) })).toMatchObject(
    { ok: false, error: { code: 'INVALID_STATE' } },
  );
  h.setNow('2026-12-04T20:30:00+08:00');
  await h.tick();
  expect((await get(slotId)).unconfirmed).toBe('waitlist');
  const all = await Promise.all([0, 1, 2].map((i) => mineIn(`wl${i}`)));
  const w = all.findIndex((a) => a.status === 'won');
  const losers = [0, 1, 2].filter((i) => i !== w);
  expect((await h.call<{ body: string }[]>(`wl${losers[0]}`, 'notice.list', {}).then(unwrap))[0].body).toContain(
    '候补',
  );
  for (const i of losers)
    unwrap(await h.call(`wl${i}`, 'waitlist.join', { slotId, attendeeIds: all[i].attendees.map((a) => a.id) }));
  // The winner lets the deadline pass: the place goes to the first in line, not to the next rank.
  h.setNow('2026-12-04T22:31:00+08:00');
  await h.tick();
  expect((await mineIn(`wl${w}`)).status).toBe('forfeited');
  expect(await kinds(`wl${losers[0]}`)).toContain('waitlist_promoted');
  expect(await kinds(`wl${losers[1]}`)).not.toContain('waitlist_promoted');
  expect((await Promise.all(losers.map((i) => mineIn(`wl${i}`)))).map((a) => a.status)).toEqual(['lost', 'lost']);
  expect(remaining(slotId)).toBe(0);
});

test('a forfeit interrupted before its places went on is finished once by the next run', async () => {
  const slotId = await lotterySlot(1, { lottery: { confirmHours: 2 } });
  for (let i = 0; i < 3; i++) unwrap(await apply(`fi${i}`, slotId));
  h.setNow('2026-12-04T20:30:00+08:00');
  await h.tick();
  h.setNow('2026-12-04T22:31:00+08:00');
  // The lottery's update (the next round) fails once, then the jobs run again (and twice at once).
  h.faults.inject({ action: 'database.modifyDocument', collectionName: 'lotteries' });
  await Promise.all([h.tick(), h.tick()]);
  const all = await Promise.all([0, 1, 2].map((i) => mineIn(`fi${i}`)));
  expect(all.filter((a) => a.status === 'forfeited')).toHaveLength(1);
  expect(all.filter((a) => a.status === 'won')).toHaveLength(1);
  expect(remaining(slotId)).toBe(0);
  const lottery = h.store.find<LotteryDoc>('lotteries', { id: slotId })[0];
  expect(lottery.draw).toMatchObject({ left: 0, round: 2 });
  expect(h.store.find('applications', { where: { slotId, status: 'forfeited' } })[0]).toMatchObject({ passedOn: true });
});

test('with the waiting list policy, places nobody applied for go to the slot at the draw and serve the line at once', async () => {
  const slotId = await lotterySlot(3, { lottery: { unconfirmed: 'waitlist' } });
  unwrap(await apply('lo0', slotId));
  h.setNow('2026-12-04T20:30:00+08:00');
  await h.tick();
  expect(remaining(slotId)).toBe(2);
  const attendeeIds = [await makeAttendee(h.call, 'lo1', ++person), await makeAttendee(h.call, 'lo1', ++person)];
  const entry = unwrap(await h.call<{ status: string }>('lo1', 'waitlist.join', { slotId, attendeeIds }));
  expect(entry.status).toBe('promoted');
  expect(remaining(slotId)).toBe(0);
});

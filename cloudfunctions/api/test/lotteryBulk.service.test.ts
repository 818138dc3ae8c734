// Lottery sessions in bulk: admin.slot.bulkCreate gives each new slot of a lottery resource its own
// lottery (commitment published, applications closing and the draw running the given minutes before
// its start, in Asia/Shanghai time whatever the host's zone), needs `lottery` there and refuses it
// elsewhere. The timer's draw of such a session leaves one audit entry by `timer`, however often the
// job runs; a manager's draw leaves theirs and none by the timer.
import { commitmentOf } from '@shared/rules/lottery';
import type { LotteryView, SlotView } from '@shared/contract';
import { startHarness, seedUsers, type Harness } from './harness';
import { makeAttendee, makeResource, makeVenue, unwrap } from './fixtures';

const ADMIN = 'lb-admin';
const MANAGER = 'lb-manager';
const LOTTERY = 'lb-lottery';
const FCFS = 'lb-fcfs';
let h: Harness;
let person = 40000;

beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
  await seedUsers(h.store, [
    { openid: ADMIN, roles: [{ role: 'admin' }] },
    { openid: MANAGER, roles: [{ role: 'manager', venueId: 'lb-v' }] },
  ]);
  await makeVenue(h.call, ADMIN, 'lb-v');
  await makeResource(h.call, ADMIN, 'lb-v', {}, FCFS);
  unwrap(
    await h.call(ADMIN, 'admin.resource.upsert', {
      id: LOTTERY,
      venueId: 'lb-v',
      name: '抽签讲座',
      kind: 'event',
      mode: 'slot',
      allocation: 'lottery',
    }),
  );
});
afterAll(() => h.close());
beforeEach(() => {
  h.faults.clear();
  h.setNow('2026-12-01T08:00:00+08:00');
});

/** Mondays and Tuesdays of Dec 7–8 at 00:30 (the day before in UTC) and 19:00. */
const sessions = (resourceId: string, extra: Record<string, unknown> = {}) =>
  h.call<{ created: number; skipped: number }>(MANAGER, 'admin.slot.bulkCreate', {
    resourceId,
    from: '2026-12-07',
    to: '2026-12-08',
    weekdays: [1, 2],
    times: [
      { start: '00:30', end: '01:30' },
      { start: '19:00', end: '20:30' },
    ],
    capacity: 2,
    ...extra,
  });

const lead = { closesMinutesBefore: 24 * 60, drawMinutesBefore: 23 * 60 };

const slotsOf = (resourceId: string, from: string, to: string) =>
  h.call<SlotView[]>(null, 'slot.list', { resourceId, from, to }).then(unwrap);
const lotteryOf = (slotId: string) => h.call<LotteryView>(null, 'lottery.get', { slotId }).then(unwrap);

test('a lottery resource needs `lottery`; a first-come one refuses it; nothing is created either way', async () => {
  expect(await sessions(LOTTERY)).toMatchObject({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      details: { fields: [{ path: 'data.lottery', message: '抽签项目须设置报名截止和抽签时间' }] },
    },
  });
  expect(await sessions(FCFS, { lottery: lead })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', details: { fields: [{ path: 'data.lottery', message: '仅抽签项目可设置' }] } },
  });
  // The draw cannot come before the close (the contract's own check).
  expect(await sessions(LOTTERY, { lottery: { closesMinutesBefore: 60, drawMinutesBefore: 120 } })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
  expect(h.store.count('slots', { resourceId: { $in: [LOTTERY, FCFS] } })).toBe(0);
  expect(h.store.count('lotteries', { resourceId: LOTTERY })).toBe(0);
});

test('each session gets its lottery: commitment published, closesAt and drawAt before its own start', async () => {
  expect(unwrap(await sessions(LOTTERY, { lottery: lead }))).toEqual({ created: 4, skipped: 0 });
  const slots = await slotsOf(LOTTERY, '2026-12-06', '2026-12-09');
  expect(slots.map((s) => s.start)).toEqual([
    '2026-12-07T00:30:00+08:00',
    '2026-12-07T19:00:00+08:00',
    '2026-12-08T00:30:00+08:00',
    '2026-12-08T19:00:00+08:00',
  ]);
  const lotteries = await Promise.all(slots.map((s) => lotteryOf(s.id)));
  expect(lotteries.map(({ closesAt, drawAt }) => [closesAt, drawAt])).toEqual([
    ['2026-12-06T00:30:00+08:00', '2026-12-06T01:30:00+08:00'],
    ['2026-12-06T19:00:00+08:00', '2026-12-06T20:00:00+08:00'],
    ['2026-12-07T00:30:00+08:00', '2026-12-07T01:30:00+08:00'],
    ['2026-12-07T19:00:00+08:00', '2026-12-07T20:00:00+08:00'],
  ]);
  for (const l of lotteries) {
    expect(l).toMatchObject({ status: 'open', places: 2, applicants: 0 });
    expect(l).not.toHaveProperty('seed');
    const [doc] = h.store.find('lotteries', { id: l.slotId });
    expect(l.commitment).toBe(commitmentOf(doc.seed as string));
  }
  expect(new Set(lotteries.map((l) => l.commitment)).size).toBe(4);

  // Again: the sessions exist, so nothing is made and their lotteries are left as they are.
  expect(unwrap(await sessions(LOTTERY, { lottery: lead }))).toEqual({ created: 0, skipped: 4 });
  expect(h.store.count('lotteries', { resourceId: LOTTERY })).toBe(4);
  expect((await Promise.all(slots.map((s) => lotteryOf(s.id)))).map((l) => l.commitment)).toEqual(
    lotteries.map((l) => l.commitment),
  );
});

test('the timer’s draw of a session is audited once as `timer`, even when the job runs again', async () => {
  const [first, second] = await slotsOf(LOTTERY, '2026-12-07', '2026-12-07');
  for (const slotId of [first.id, second.id])
    for (const o of ['lb-a', 'lb-b', 'lb-c'])
      unwrap(await h.call(o, 'lottery.apply', { slotId, attendeeIds: [await makeAttendee(h.call, o, ++person)] }));

  // Past the first session's drawAt only. Two timer runs overlap, and the entry's write is applied but
  // its answer lost (the run fails there and the next one finishes the draw).
  h.setNow('2026-12-06T01:31:00+08:00');
  h.faults.inject({ action: 'database.insertDocument', collectionName: 'audit', mode: 'applyThenFail' });
  await Promise.all([h.tick(), h.tick()]);
  await h.tick();
  expect(h.faults.waiting).toBe(0);
  expect(await lotteryOf(first.id)).toMatchObject({ status: 'drawn', winners: 2 });
  const timer = () => h.store.find('audit', { where: { actor: 'timer', action: 'lottery.draw' } });
  expect(timer()).toEqual([
    expect.objectContaining({
      actor: 'timer',
      action: 'lottery.draw',
      venueId: 'lb-v',
      target: first.id,
      detail: expect.objectContaining({ places: 2, applicants: 3 }),
    }),
  ]);

  // The second session: its manager draws it after the close, before the timer would.
  h.setNow('2026-12-06T19:10:00+08:00');
  await h.tick();
  unwrap(await h.call(MANAGER, 'lottery.draw', { slotId: second.id }));
  h.setNow('2026-12-06T20:01:00+08:00');
  await h.tick();
  expect(await lotteryOf(second.id)).toMatchObject({ status: 'drawn' });
  expect(timer().map((e) => e.target)).toEqual([first.id]);
  expect(h.store.find('audit', { where: { action: 'lottery.draw', target: second.id } })).toEqual([
    expect.objectContaining({ actor: MANAGER, venueId: 'lb-v' }),
  ]);
});

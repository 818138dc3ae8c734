// "One booking per ID number per day, whatever the account", tested as a rush tests it: the calls for
// one person are fired together through the local cloud's four instances, never one after another.
import { startHttpCloud, type HttpCloud } from './localCloud';
import { makeAttendee, makeResource, makeVenue, unwrap } from '../fixtures';
import type { BookingView, SlotView } from '@shared/contract';

const ADMIN = 'admin-1';
const NOW = '2026-12-01T08:00:00+08:00';
const ACCOUNTS = 8;
/** People asked for at once, each by every account: enough calls in flight that the race is met. */
const PEOPLE = 6;
let t: HttpCloud;
let n = 0;

beforeAll(async () => {
  t = await startHttpCloud([{ openid: ADMIN, roles: [{ role: 'admin' }] }]);
  await t.post('/__dev/clock', { now: NOW });
  await makeVenue(t.call, ADMIN);
});
afterAll(async () => {
  await t.post('/__dev/clock', { now: null });
  await t.close();
});

/** A fresh resource with slots on 3 December at the given hours (places each). */
async function resource(
  places: number,
  hours: string[],
  policy: Record<string, unknown> = {},
  allocation: 'fcfs' | 'lottery' = 'fcfs',
) {
  const id = `fair-${++n}`;
  if (allocation === 'fcfs') await makeResource(t.call, ADMIN, 'v1', policy, id);
  else
    unwrap(
      await t.call(ADMIN, 'admin.resource.upsert', {
        id,
        venueId: 'v1',
        name: '抽签讲座',
        kind: 'event',
        mode: 'slot',
        allocation,
        policy,
      }),
    );
  const slots: string[] = [];
  for (const h of hours) {
    const [date, hour] = h.includes('T') ? h.split('T') : ['2026-12-03', h];
    const extra =
      allocation === 'lottery' ? { closesAt: '2026-12-02T20:00:00+08:00', drawAt: '2026-12-02T20:30:00+08:00' } : {};
    slots.push(
      unwrap(
        await t.call<SlotView>(ADMIN, 'admin.slot.create', {
          resourceId: id,
          start: `${date}T${hour}:00+08:00`,
          end: `${date}T${hour.slice(0, 2)}:50:00+08:00`,
          capacity: places,
          ...extra,
        }),
      ).id,
    );
  }
  return { id, slots };
}

/** The same person (ID number `person`) added by each of these accounts. */
const samePerson = (accounts: string[], person: number) =>
  Promise.all(accounts.map((a) => makeAttendee(t.call, a, person)));
const accounts = (prefix: string, k = ACCOUNTS) => Array.from({ length: k }, (_, i) => `${prefix}-${i}`);
const codes = (answers: { ok: boolean; error?: { code: string } }[]) =>
  answers.filter((a) => !a.ok).map((a) => a.error!.code);

test(`${ACCOUNTS} accounts each book the same ${PEOPLE} people at the same moment: one booking per person, a cancel frees exactly once`, async () => {
  const { id, slots } = await resource(100, ['10:00']);
  const rounds = await Promise.all(
    Array.from({ length: PEOPLE }, async (_, p) => {
      const who = accounts(`same${p}`);
      return { who, people: await samePerson(who, 7001 + p * 10) };
    }),
  );
  const answers = await Promise.all(
    rounds.map(({ who, people }) =>
      Promise.all(
        who.map((a, i) => t.call<BookingView>(a, 'booking.create', { slotId: slots[0], attendeeIds: [people[i]] })),
      ),
    ),
  );
  for (const round of answers) {
    expect(round.filter((a) => a.ok)).toHaveLength(1);
    expect(new Set(codes(round))).toEqual(new Set(['DUPLICATE_BOOKING']));
  }
  const [view] = unwrap(
    await t.call<SlotView[]>(null, 'slot.list', { resourceId: id, from: '2026-12-03', to: '2026-12-03' }),
  );
  expect(view.remaining).toBe(100 - PEOPLE);
  // Afterwards another account is still refused.
  const late = await makeAttendee(t.call, 'same-late', 7001);
  expect(await t.call('same-late', 'booking.create', { slotId: slots[0], attendeeIds: [late] })).toMatchObject({
    ok: false,
    error: { code: 'DUPLICATE_BOOKING' },
  });

  const { who, people } = rounds[0];
  const winner = answers[0].findIndex((a) => a.ok);
  const booking = answers[0][winner];
  if (!booking.ok) throw new Error('unreachable');
  unwrap(await t.call(who[winner], 'booking.cancel', { bookingId: booking.data.id }));
  // Freed exactly once: of the others, asking together again, exactly one gets the person.
  const again = await Promise.all(
    who.flatMap((a, i) =>
      i === winner ? [] : [t.call(a, 'booking.create', { slotId: slots[0], attendeeIds: [people[i]] })],
    ),
  );
  expect(again.filter((a) => a.ok)).toHaveLength(1);
  expect(new Set(codes(again))).toEqual(new Set(['DUPLICATE_BOOKING']));
}, 120_000);

test('the same people applying to a lottery from several accounts at once: one application each', async () => {
  const { slots } = await resource(5, ['14:00'], {}, 'lottery');
  const rounds = await Promise.all(
    Array.from({ length: PEOPLE }, async (_, p) => {
      const who = accounts(`lot${p}`);
      const people = await samePerson(who, 7002 + p * 10);
      return Promise.all(who.map((a, i) => t.call(a, 'lottery.apply', { slotId: slots[0], attendeeIds: [people[i]] })));
    }),
  );
  for (const answers of rounds) {
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(new Set(codes(answers))).toEqual(new Set(['DUPLICATE_BOOKING']));
  }
  expect(t.cloud.store.count('applications', { slotId: slots[0] })).toBe(PEOPLE);
}, 120_000);

test('one person joining a waiting list from several accounts at once: one entry', async () => {
  const { slots } = await resource(1, ['11:00']);
  const holder = await makeAttendee(t.call, 'wait-holder', 7100);
  unwrap(await t.call('wait-holder', 'booking.create', { slotId: slots[0], attendeeIds: [holder] }));
  const who = accounts('wait');
  const people = await samePerson(who, 7003);
  const answers = await Promise.all(
    who.map((a, i) => t.call(a, 'waitlist.join', { slotId: slots[0], attendeeIds: [people[i]] })),
  );
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  expect(new Set(codes(answers))).toEqual(new Set(['DUPLICATE_BOOKING']));
  expect(t.cloud.store.count('waitlist', { slotId: slots[0], status: 'waiting' })).toBe(1);
}, 120_000);

test('two changes of one booking at once to another day: one applies, and the person stays claimed on that day', async () => {
  const { slots } = await resource(5, ['10:00', '2026-12-04T10:00', '2026-12-04T14:00']);
  const me = await makeAttendee(t.call, 'mover', 7004);
  const booking = unwrap(await t.call<BookingView>('mover', 'booking.create', { slotId: slots[0], attendeeIds: [me] }));
  const answers = await Promise.all(
    [slots[1], slots[2]].map((slotId) =>
      t.call<BookingView>('mover', 'booking.change', { bookingId: booking.id, slotId }),
    ),
  );
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  const moved = unwrap(await t.call<BookingView>('mover', 'booking.get', { bookingId: booking.id }));
  expect([slots[1], slots[2]]).toContain(moved.slotId);
  // The loser's undo left the winner's claims alone: another account cannot book the person on the 4th…
  const other = await makeAttendee(t.call, 'mover-2', 7004);
  const loser = [slots[1], slots[2]].find((s) => s !== moved.slotId)!;
  expect(await t.call('mover-2', 'booking.create', { slotId: loser, attendeeIds: [other] })).toMatchObject({
    ok: false,
    error: { code: 'DUPLICATE_BOOKING' },
  });
  // …and the first day was freed.
  unwrap(await t.call('mover-2', 'booking.create', { slotId: slots[0], attendeeIds: [other] }));
  const counts = await Promise.all(
    slots.map(async (s) => t.cloud.store.find('slots', { where: { _id: s } })[0].remaining),
  );
  expect(counts).toEqual([4, moved.slotId === slots[1] ? 4 : 5, moved.slotId === slots[2] ? 4 : 5]);
}, 120_000);

test('perAccountPerDay: one account firing bookings for six people at once holds at most its places', async () => {
  const { id, slots } = await resource(20, ['10:00', '15:00'], { perAccountPerDay: 3 });
  const people = await Promise.all(Array.from({ length: 6 }, (_, i) => makeAttendee(t.call, 'hoarder', 7200 + i)));
  const answers = await Promise.all(
    people.map((p, i) => t.call('hoarder', 'booking.create', { slotId: slots[i % 2], attendeeIds: [p] })),
  );
  expect(answers.filter((a) => a.ok)).toHaveLength(3);
  expect(new Set(codes(answers))).toEqual(new Set(['LIMIT_EXCEEDED']));
  const views = unwrap(
    await t.call<SlotView[]>(null, 'slot.list', { resourceId: id, from: '2026-12-03', to: '2026-12-03' }),
  );
  expect(views.reduce((sum, v) => sum + 20 - v.remaining, 0)).toBe(3);
  // The people on bookings cannot be removed to make room; the others can.
  const used = people.filter((_, i) => answers[i].ok);
  const removal = await t.call('hoarder', 'attendee.remove', { attendeeId: used[0] });
  expect(removal).toMatchObject({
    ok: false,
    error: { code: 'INVALID_STATE', details: { reason: 'attendee_in_use' } },
  });
  if (!removal.ok) expect(removal.error.message).toContain('VR飞行体验');
  unwrap(await t.call('hoarder', 'attendee.remove', { attendeeId: people.find((_, i) => !answers[i].ok)! }));
}, 120_000);

// INVALID_STATE answers say why in details.reason, one of STATE_REASONS; of two simultaneous moves of
// one record exactly one applies and the other is told the record changed meanwhile.
import { STATE_REASONS, type Envelope, type StateReason } from '@shared/errors';
import type { ApplicationView, BookingView, SlotView, WaitEntryView } from '@shared/contract';
import { startHarness, seedUsers, type Harness } from './harness';
import { makeAttendee, makeResource, makeSlot, makeVenue, unwrap } from './fixtures';

const ADMIN = 'sr-admin';
let h: Harness;
let person = 7000;
let n = 0;

beforeAll(async () => {
  h = await startHarness('2026-12-01T10:00:00+08:00');
  await seedUsers(h.store, [{ openid: ADMIN, roles: [{ role: 'admin' }] }]);
  await makeVenue(h.call, ADMIN, 'v1');
});
afterAll(() => h.close());
beforeEach(() => h.setNow('2026-12-01T10:00:00+08:00'));

const attendee = (openid: string) => makeAttendee(h.call, openid, ++person);

/** A first-come slot on Dec 5, 10:00. */
async function fcfsSlot(capacity: number) {
  const r = await makeResource(h.call, ADMIN, 'v1', {}, `sr-fcfs-${++n}`);
  return makeSlot(h.call, ADMIN, r, '2026-12-05T10:00:00+08:00', '2026-12-05T11:00:00+08:00', capacity);
}

/** A lottery slot on Dec 5, 14:00; applications close Dec 4 20:00. */
async function lotterySlot(capacity: number) {
  const r = `sr-lottery-${++n}`;
  unwrap(
    await h.call(ADMIN, 'admin.resource.upsert', {
      id: r,
      venueId: 'v1',
      name: '抽签讲座',
      kind: 'event',
      mode: 'slot',
      allocation: 'lottery',
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

/** The reason of an INVALID_STATE answer; fails the test on any other answer. */
function reasonOf(e: Envelope<unknown>): StateReason {
  if (e.ok || e.error.code !== 'INVALID_STATE') throw new Error(`expected INVALID_STATE, got ${JSON.stringify(e)}`);
  const reason = e.error.details?.reason as StateReason;
  expect(STATE_REASONS).toContain(reason);
  return reason;
}

test('two withdraws of one application at once: one applies, the other is told it changed meanwhile', async () => {
  const slotId = await lotterySlot(2);
  const app = unwrap(
    await h.call<ApplicationView>('sr-w1', 'lottery.apply', { slotId, attendeeIds: [await attendee('sr-w1')] }),
  );
  const answers = await Promise.all([
    h.call<ApplicationView>('sr-w1', 'lottery.withdraw', { applicationId: app.id }),
    h.call<ApplicationView>('sr-w1', 'lottery.withdraw', { applicationId: app.id }),
  ]);
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  const lost = answers.find((a) => !a.ok)!;
  expect(lost).toMatchObject({ error: { message: '状态已变化，请刷新后重试' } });
  expect(reasonOf(lost)).toBe('changed_meanwhile');
  expect(h.store.find('applications', { id: app.id })[0]).toMatchObject({ status: 'withdrawn' });
});

test('two leaves of one waiting entry at once: one applies, the other is told it changed meanwhile', async () => {
  const slotId = await fcfsSlot(1);
  unwrap(await h.call('sr-holder', 'booking.create', { slotId, attendeeIds: [await attendee('sr-holder')] }));
  const entry = unwrap(
    await h.call<WaitEntryView>('sr-waiter', 'waitlist.join', { slotId, attendeeIds: [await attendee('sr-waiter')] }),
  );
  const answers = await Promise.all([
    h.call('sr-waiter', 'waitlist.leave', { entryId: entry.id }),
    h.call('sr-waiter', 'waitlist.leave', { entryId: entry.id }),
  ]);
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  expect(reasonOf(answers.find((a) => !a.ok)!)).toBe('changed_meanwhile');
  // Left once: asked again later, the entry is simply no longer waiting.
  expect(reasonOf(await h.call('sr-waiter', 'waitlist.leave', { entryId: entry.id }))).toBe('entry_not_waiting');
});

test('each refusal names its cause', async () => {
  const lottery = await lotterySlot(1);
  const fcfs = await fcfsSlot(2);
  const v = 'sr-visitor';
  const a = await attendee(v);
  expect(reasonOf(await h.call(v, 'booking.create', { slotId: lottery, attendeeIds: [a] }))).toBe('lottery_slot');
  expect(reasonOf(await h.call(v, 'lottery.apply', { slotId: fcfs, attendeeIds: [a] }))).toBe('first_come_slot');
  expect(reasonOf(await h.call(v, 'waitlist.join', { slotId: fcfs, attendeeIds: [a] }))).toBe('slot_has_places');
  expect(reasonOf(await h.call(ADMIN, 'lottery.draw', { slotId: lottery }))).toBe('lottery_still_open');
  expect(reasonOf(await h.call(null, 'lottery.entries', { slotId: lottery }))).toBe('lottery_not_drawn');

  const booking = unwrap(await h.call<BookingView>(v, 'booking.create', { slotId: fcfs, attendeeIds: [a] }));
  expect(reasonOf(await h.call(v, 'booking.change', { bookingId: booking.id, slotId: fcfs }))).toBe('same_slot');
  const rating = { bookingId: booking.id, experience: 5, exhibitCondition: 5, service: 5 };
  expect(reasonOf(await h.call(v, 'feedback.create', rating))).toBe('not_checked_in');
  const b = await attendee(v);
  unwrap(await h.call(v, 'booking.create', { slotId: fcfs, attendeeIds: [b] }));
  const shrink = await h.call(ADMIN, 'admin.slot.capacity', { slotId: fcfs, capacity: 1 });
  expect(reasonOf(shrink)).toBe('capacity_below_booked');
  expect(shrink).toMatchObject({ error: { details: { booked: 2 } } });
  unwrap(await h.call(v, 'booking.cancel', { bookingId: booking.id }));
  const again = await h.call(v, 'booking.cancel', { bookingId: booking.id });
  expect(reasonOf(again)).toBe('booking_not_active');
  expect(again).toMatchObject({ error: { details: { status: 'cancelled' } } });

  unwrap(await h.call(ADMIN, 'admin.slot.close', { slotId: fcfs, reason: '场馆检修' }));
  expect(reasonOf(await h.call(ADMIN, 'admin.slot.close', { slotId: fcfs, reason: '场馆检修' }))).toBe(
    'slot_cancelled',
  );
  expect(reasonOf(await h.call(v, 'booking.create', { slotId: fcfs, attendeeIds: [a] }))).toBe('slot_cancelled');
});

// The booking lifecycle through the router with a fixed Asia/Shanghai clock (host in UTC): change,
// rebook, waiting list, approval, closures, no-shows and credit, notices.
import { startHarness, seedUsers, rid, type Harness } from './harness';
import { makeAttendee, makeResource, makeSlot, makeVenue, unwrap } from './fixtures';
import type { AttendeeDoc } from '../src/db/docs';
import type { BlockedView, BookingView, MeView, NoticeView, SlotView, WaitEntryView } from '@shared/contract';

const ADMIN = 'admin-1';
const MANAGER = 'manager-1';
let h: Harness;
let n = 0;

beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
  await seedUsers(h.store, [
    { openid: ADMIN, roles: [{ role: 'admin' }] },
    { openid: MANAGER, roles: [{ role: 'manager', venueId: 'v1' }] },
  ]);
  await makeVenue(h.call, ADMIN, 'v1');
  await makeVenue(h.call, ADMIN, 'v2');
});
afterAll(() => h.close());
beforeEach(() => {
  h.faults.clear();
  h.setNow('2026-12-01T08:00:00+08:00');
});

const at = (day: number, hhmm: string) => `2026-12-${String(day).padStart(2, '0')}T${hhmm}:00+08:00`;
async function resource(policy: Record<string, unknown> = {}, venue = 'v1') {
  return makeResource(h.call, ADMIN, venue, policy, `r${++n}`);
}
const slot = (r: string, day: number, hhmm: string, capacity: number) => {
  const [hh, mm] = hhmm.split(':').map(Number);
  return makeSlot(
    h.call,
    ADMIN,
    r,
    at(day, hhmm),
    at(day, `${String(hh + 1).padStart(2, '0')}:${String(mm).padStart(2, '0')}`),
    capacity,
  );
};
let person = 1000;
const attendee = (openid: string, name?: string) => makeAttendee(h.call, openid, ++person, name);
const book = (openid: string, slotId: string, attendeeIds: string[]) =>
  h.call<BookingView>(openid, 'booking.create', { slotId, attendeeIds });
const get = (openid: string, bookingId: string) =>
  h.call<BookingView>(openid, 'booking.get', { bookingId }).then(unwrap);
async function slotOf(r: string, slotId: string, day = 3): Promise<SlotView> {
  const date = `2026-12-${String(day).padStart(2, '0')}`;
  return unwrap(await h.call<SlotView[]>(null, 'slot.list', { resourceId: r, from: date, to: date })).find(
    (s) => s.id === slotId,
  )!;
}
const notices = (openid: string) => h.call<NoticeView[]>(openid, 'notice.list', {}).then(unwrap);
const activeBookings = (slotId: string) =>
  h.store.count('bookings', { slotId, status: { $in: ['confirmed', 'pending_approval'] } });

describe('booking.change', () => {
  test('on a resource that needs approval, an approved booking that changes goes back to 待审核', async () => {
    const r = await resource({ requiresApproval: true });
    const [a, b] = [await slot(r, 3, '10:00', 2), await slot(r, 3, '14:00', 2)];
    const booking = unwrap(await book('c0', a, [await attendee('c0')]));
    expect(unwrap(await h.call<BookingView>(MANAGER, 'booking.approve', { bookingId: booking.id })).status).toBe(
      'confirmed',
    );
    const moved = unwrap(await h.call<BookingView>('c0', 'booking.change', { bookingId: booking.id, slotId: b }));
    expect(moved).toMatchObject({ slotId: b, status: 'pending_approval' });
    expect(unwrap(await h.call<BookingView[]>(MANAGER, 'admin.booking.pending', {})).map((x) => x.id)).toContain(
      booking.id,
    );
  });

  test('moves to another slot the same day without conflicting with its own claim; counts follow', async () => {
    const r = await resource();
    const [a, b] = [await slot(r, 3, '10:00', 2), await slot(r, 3, '14:00', 2)];
    const booking = unwrap(await book('c1', a, [await attendee('c1')]));
    const moved = unwrap(await h.call<BookingView>('c1', 'booking.change', { bookingId: booking.id, slotId: b }));
    expect(moved).toMatchObject({ id: booking.id, slotId: b, status: 'confirmed', start: at(3, '14:00') });
    expect((await slotOf(r, a)).remaining).toBe(2);
    expect((await slotOf(r, b)).remaining).toBe(1);
    expect((await notices('c1')).map((x) => x.kind).sort()).toEqual(['booked', 'changed']);
  });

  test('to another day: the old day is free again, the new day is claimed', async () => {
    const r = await resource();
    const [d3, d4] = [await slot(r, 3, '10:00', 2), await slot(r, 4, '10:00', 2)];
    const who = await attendee('c2');
    const booking = unwrap(await book('c2', d3, [who]));
    unwrap(await h.call('c2', 'booking.change', { bookingId: booking.id, slotId: d4 }));
    // The same person can book day 3 again, and not day 4 twice.
    const d3b = await slot(r, 3, '15:00', 2);
    expect(unwrap(await book('c2', d3b, [who])).status).toBe('confirmed');
    const d4b = await slot(r, 4, '15:00', 2);
    expect(await book('c2', d4b, [who])).toMatchObject({ ok: false, error: { code: 'DUPLICATE_BOOKING' } });
  });

  test('refusals: deadline, full target, another resource, not active', async () => {
    const r = await resource({ changeMinutesBefore: 120 });
    const other = await resource();
    const [a, full] = [await slot(r, 3, '10:00', 2), await slot(r, 3, '16:00', 1)];
    const elsewhere = await slot(other, 3, '10:00', 2);
    unwrap(await book('c3x', full, [await attendee('c3x')]));
    const booking = unwrap(await book('c3', a, [await attendee('c3')]));
    const change = (slotId: string) => h.call('c3', 'booking.change', { bookingId: booking.id, slotId });
    expect(await change(full)).toMatchObject({ ok: false, error: { code: 'SLOT_FULL' } });
    expect(await change(elsewhere)).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    h.setNow(at(3, '08:00'));
    expect(await change(full)).toMatchObject({ ok: false, error: { code: 'DEADLINE_PASSED' } });
    h.setNow(at(1, '08:00'));
    unwrap(await h.call('c3', 'booking.cancel', { bookingId: booking.id }));
    expect(await change(full)).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(await h.call('someone-else', 'booking.change', { bookingId: booking.id, slotId: full })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  test('a failure moving the booking gives the new place back: one booking, counts right', async () => {
    const r = await resource();
    const [a, b] = [await slot(r, 3, '10:00', 2), await slot(r, 3, '14:00', 2)];
    const booking = unwrap(await book('c4', a, [await attendee('c4')]));
    // Twice: a keyed write whose answer is lost is sent again once, so an outage fails both.
    h.faults.inject({ action: 'database.modifyDocument', collectionName: 'bookings' });
    h.faults.inject({ action: 'database.modifyDocument', collectionName: 'bookings' });
    expect(await h.call('c4', 'booking.change', { bookingId: booking.id, slotId: b })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(await get('c4', booking.id)).toMatchObject({ slotId: a, status: 'confirmed' });
    expect((await slotOf(r, a)).remaining).toBe(1);
    expect((await slotOf(r, b)).remaining).toBe(2);
  });

  test('a failure releasing the old place after the move: the repair job finishes it, exactly once', async () => {
    const r = await resource();
    const [a, b] = [await slot(r, 3, '10:00', 2), await slot(r, 3, '14:00', 2)];
    const booking = unwrap(await book('c5', a, [await attendee('c5')]));
    // The first slots update takes the new place; the second gives the old one back: fail that one,
    // and the same update sent again.
    h.faults.inject({ action: 'database.modifyDocument', collectionName: 'slots', skip: 1 });
    h.faults.inject({ action: 'database.modifyDocument', collectionName: 'slots' });
    const moved = unwrap(await h.call<BookingView>('c5', 'booking.change', { bookingId: booking.id, slotId: b }));
    expect(moved.slotId).toBe(b);
    expect((await slotOf(r, a)).remaining).toBe(1); // not yet given back
    h.setNow('2026-12-01T08:05:00+08:00');
    await h.tick();
    await h.tick();
    expect((await slotOf(r, a)).remaining).toBe(2);
    expect((await slotOf(r, b)).remaining).toBe(1);
    expect(h.store.count('bookings', { openid: 'c5' })).toBe(1);
  });
});

describe('waiting list', () => {
  test('joins a full slot with a position; refusals in order', async () => {
    const r = await resource();
    const s = await slot(r, 3, '10:00', 1);
    unwrap(await book('w0', s, [await attendee('w0')]));
    const first = unwrap(
      await h.call<WaitEntryView>('w1', 'waitlist.join', { slotId: s, attendeeIds: [await attendee('w1')] }),
    );
    const second = unwrap(
      await h.call<WaitEntryView>('w2', 'waitlist.join', { slotId: s, attendeeIds: [await attendee('w2')] }),
    );
    expect([first.position, second.position]).toEqual([1, 2]);
    expect(first.status).toBe('waiting');
    expect((await slotOf(r, s)).waiting).toBe(2);
    // The same person again, and someone already booked on the slot.
    const [mine] = unwrap(await h.call<{ id: string }[]>('w1', 'attendee.list', {}));
    expect(await h.call('w1', 'waitlist.join', { slotId: s, attendeeIds: [mine.id] })).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE_BOOKING' },
    });
    const [booked] = unwrap(await h.call<{ id: string }[]>('w0', 'attendee.list', {}));
    expect(await h.call('w0', 'waitlist.join', { slotId: s, attendeeIds: [booked.id] })).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE_BOOKING' },
    });
    const open = await slot(r, 3, '15:00', 5);
    expect(await h.call('w3', 'waitlist.join', { slotId: open, attendeeIds: [await attendee('w3')] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
  });

  test('a cancelled place goes to the first in line; a group that does not fit is passed for a smaller one', async () => {
    const r = await resource();
    const s = await slot(r, 3, '10:00', 2);
    const holder = unwrap(await book('p0', s, [await attendee('p0')]));
    unwrap(await book('p9', s, [await attendee('p9')]));
    const pair = unwrap(
      await h.call<WaitEntryView>('p1', 'waitlist.join', {
        slotId: s,
        attendeeIds: [await attendee('p1'), await attendee('p1')],
      }),
    );
    const single = unwrap(
      await h.call<WaitEntryView>('p2', 'waitlist.join', { slotId: s, attendeeIds: [await attendee('p2')] }),
    );
    unwrap(await h.call('p0', 'booking.cancel', { bookingId: holder.id }));
    const mine = unwrap(await h.call<WaitEntryView[]>('p2', 'waitlist.mine', {}));
    expect(mine[0]).toMatchObject({ id: single.id, status: 'promoted', bookingId: expect.any(String) });
    expect(await get('p2', mine[0].bookingId!)).toMatchObject({ status: 'confirmed', slotId: s });
    expect(unwrap(await h.call<WaitEntryView[]>('p1', 'waitlist.mine', {}))[0]).toMatchObject({
      id: pair.id,
      status: 'waiting',
      position: 1,
    });
    expect((await notices('p2')).map((x) => x.kind)).toContain('waitlist_promoted');
    expect((await slotOf(r, s)).remaining).toBe(0);
  });

  test('leaving frees the place in line; someone booked elsewhere that day is passed and told', async () => {
    const r = await resource();
    const s = await slot(r, 3, '10:00', 1);
    const other = await slot(r, 3, '16:00', 1);
    const holder = unwrap(await book('l0', s, [await attendee('l0')]));
    const who = await attendee('l1');
    const e1 = unwrap(await h.call<WaitEntryView>('l1', 'waitlist.join', { slotId: s, attendeeIds: [who] }));
    const e2 = unwrap(
      await h.call<WaitEntryView>('l2', 'waitlist.join', { slotId: s, attendeeIds: [await attendee('l2')] }),
    );
    const e3 = unwrap(
      await h.call<WaitEntryView>('l3', 'waitlist.join', { slotId: s, attendeeIds: [await attendee('l3')] }),
    );
    expect(unwrap(await h.call<WaitEntryView>('l2', 'waitlist.leave', { entryId: e2.id })).status).toBe('left');
    expect(await h.call('l2', 'waitlist.leave', { entryId: e2.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    expect(await h.call('l3', 'waitlist.leave', { entryId: e1.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    unwrap(await book('l1', other, [who])); // l1 now holds a booking that day
    unwrap(await h.call('l0', 'booking.cancel', { bookingId: holder.id }));
    expect(unwrap(await h.call<WaitEntryView[]>('l1', 'waitlist.mine', {}))[0]).toMatchObject({
      id: e1.id,
      status: 'ineligible',
    });
    expect(unwrap(await h.call<WaitEntryView[]>('l3', 'waitlist.mine', {}))[0]).toMatchObject({
      id: e3.id,
      status: 'promoted',
    });
    expect((await notices('l1')).map((x) => x.kind)).toContain('waitlist_ineligible');
  });
});

describe('approval', () => {
  test('pending holds the place; approve confirms; reject needs a reason, frees the place for the waiting list', async () => {
    const r = await resource({ requiresApproval: true });
    const s = await slot(r, 3, '10:00', 1);
    const pending = unwrap(await book('ap1', s, [await attendee('ap1')]));
    expect(pending.status).toBe('pending_approval');
    const entry = unwrap(
      await h.call<WaitEntryView>('ap2', 'waitlist.join', { slotId: s, attendeeIds: [await attendee('ap2')] }),
    );
    const queue = unwrap(await h.call<BookingView[]>(MANAGER, 'admin.booking.pending', { venueId: 'v1' }));
    expect(queue.map((b) => b.id)).toContain(pending.id);
    expect(await h.call('ap1', 'booking.approve', { bookingId: pending.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await h.call(MANAGER, 'booking.reject', { bookingId: pending.id, reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const rejected = unwrap(
      await h.call<BookingView>(MANAGER, 'booking.reject', { bookingId: pending.id, reason: '材料不全' }),
    );
    expect(rejected).toMatchObject({ status: 'rejected', reason: '材料不全' });
    const promoted = unwrap(await h.call<WaitEntryView[]>('ap2', 'waitlist.mine', {}))[0];
    expect(promoted).toMatchObject({ id: entry.id, status: 'promoted' });
    // The promoted booking follows the policy: it waits for approval too.
    const next = await get('ap2', promoted.bookingId!);
    expect(next.status).toBe('pending_approval');
    expect(unwrap(await h.call<BookingView>(MANAGER, 'booking.approve', { bookingId: next.id })).status).toBe(
      'confirmed',
    );
    expect(await h.call(MANAGER, 'booking.approve', { bookingId: next.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    expect((await notices('ap1')).find((x) => x.kind === 'rejected')?.body).toContain('材料不全');
    expect((await notices('ap2')).map((x) => x.kind)).toContain('approved');
  });

  test('a manager of another venue cannot review', async () => {
    const r = await resource({ requiresApproval: true }, 'v2');
    const s = await slot(r, 3, '10:00', 1);
    const pending = unwrap(await book('ap3', s, [await attendee('ap3')]));
    expect(await h.call(MANAGER, 'booking.approve', { bookingId: pending.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('venue closures', () => {
  test('every booking and entry is cancelled with the reason and told; rebook in one tap', async () => {
    const r = await resource();
    const s = await slot(r, 3, '10:00', 2);
    const alt = await slot(r, 3, '14:00', 3);
    const later = await slot(r, 3, '16:00', 3);
    const dayBefore = await slot(r, 2, '10:00', 3);
    await slot(r, 9, '10:00', 3); // not open yet on Dec 1: never offered
    const b1 = unwrap(await book('vc1', s, [await attendee('vc1')]));
    unwrap(await book('vc2', s, [await attendee('vc2')]));
    const e = unwrap(
      await h.call<WaitEntryView>('vc3', 'waitlist.join', { slotId: s, attendeeIds: [await attendee('vc3')] }),
    );
    expect(await h.call('vc1', 'admin.slot.close', { slotId: s, reason: '设备维护' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const closed = unwrap(await h.call<SlotView>(MANAGER, 'admin.slot.close', { slotId: s, reason: '设备维护' }));
    expect(closed).toMatchObject({ status: 'cancelled', reason: '设备维护' });
    expect(activeBookings(s)).toBe(0);
    const seen = await get('vc1', b1.id);
    expect(seen).toMatchObject({ status: 'cancelled_by_venue', reason: '设备维护' });
    // The nearest open slots to the closed one, in time order.
    expect(seen.alternatives?.map((x) => x.id)).toEqual([dayBefore, alt, later]);
    const told = (await notices('vc1')).find((x) => x.kind === 'closed_by_venue')!;
    expect(told.data.alternatives?.map((x) => x.id)).toEqual([dayBefore, alt, later]);
    expect(unwrap(await h.call<WaitEntryView[]>('vc3', 'waitlist.mine', {}))[0]).toMatchObject({
      id: e.id,
      status: 'cancelled_by_venue',
      reason: '设备维护',
    });

    const rebooked = unwrap(await h.call<BookingView>('vc1', 'booking.rebook', { bookingId: b1.id, slotId: alt }));
    expect(rebooked).toMatchObject({ id: b1.id, status: 'confirmed', slotId: alt });
    expect(await h.call('vc1', 'booking.rebook', { bookingId: b1.id, slotId: alt })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    expect((await slotOf(r, alt)).remaining).toBe(2);
    expect(await h.call(MANAGER, 'admin.slot.close', { slotId: s, reason: '设备维护' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
  });

  test('closing a resource for a period closes its slots and the job sweeps them', async () => {
    const r = await resource();
    const slots = [await slot(r, 5, '10:00', 2), await slot(r, 6, '10:00', 2), await slot(r, 8, '10:00', 2)];
    const b = unwrap(await book('rc1', slots[1], [await attendee('rc1')]));
    expect(
      unwrap(
        await h.call<{ closed: number }>(MANAGER, 'admin.resource.close', {
          resourceId: r,
          from: '2026-12-05',
          to: '2026-12-07',
          reason: '展厅改造',
        }),
      ),
    ).toEqual({ closed: 2 });
    await h.tick();
    expect(await get('rc1', b.id)).toMatchObject({ status: 'cancelled_by_venue', reason: '展厅改造' });
    expect((await slotOf(r, slots[2], 8)).status).not.toBe('cancelled');
  });
});

describe('no-shows and credit', () => {
  test('no-show → block across accounts sharing an ID number → lift', async () => {
    const r = await resource({ noShow: { limit: 2, windowDays: 90, blockDays: 30 } });
    const days = [3, 4];
    const shared = ++person;
    const mine = await makeAttendee(h.call, 'ns1', shared, '周杰');
    const theirs = await makeAttendee(h.call, 'ns2', shared, '周杰');
    for (const [i, d] of days.entries()) {
      const s = await slot(r, d, '10:00', 2);
      unwrap(await book(i === 0 ? 'ns1' : 'ns2', s, [i === 0 ? mine : theirs]));
    }
    h.setNow(at(4, '12:00'));
    await h.tick();
    expect(h.store.count('bookings', { openid: { $in: ['ns1', 'ns2'] }, status: 'no_show' })).toBe(2);
    const me = unwrap(await h.call<MeView>('ns1', 'user.me', {}));
    expect(me.credit).toEqual({ noShows: 2, blockedUntil: '2027-01-03T11:00:00+08:00' });
    expect((await notices('ns2')).map((x) => x.kind)).toContain('blocked');

    const next = await slot(r, 10, '10:00', 2);
    h.setNow(at(4, '12:00'));
    const refused = await book('ns1', next, [mine]);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'BLOCKED', details: { until: '2027-01-03T11:00:00+08:00' } },
    });
    expect(await h.call('ns2', 'waitlist.join', { slotId: next, attendeeIds: [theirs] })).toMatchObject({
      ok: false,
      error: { code: 'BLOCKED' },
    });
    // Another venue is not blocked.
    const elsewhere = await resource({}, 'v2');
    expect(unwrap(await book('ns1', await slot(elsewhere, 10, '10:00', 2), [mine])).status).toBe('confirmed');

    const blocked = unwrap(await h.call<BlockedView[]>(MANAGER, 'admin.credit.blocked', {}));
    expect(
      blocked.find((b) =>
        b.idMasked.endsWith(h.store.find<AttendeeDoc>('attendees', { id: mine })[0].idMasked.slice(-4)),
      ),
    ).toMatchObject({ venueId: 'v1', noShows: 2 });
    expect(await h.call(MANAGER, 'admin.credit.lift', { attendeeId: theirs, reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    unwrap(await h.call(MANAGER, 'admin.credit.lift', { attendeeId: theirs, reason: '核实为系统故障' }));
    expect(unwrap(await book('ns1', next, [mine])).status).toBe('confirmed');
    expect(h.store.count('audit', { action: 'admin.credit.lift' })).toBe(1);
  });

  test('a cancellation before the deadline is not a no-show; the job is idempotent', async () => {
    const r = await resource();
    const s = await slot(r, 3, '10:00', 2);
    const b = unwrap(await book('ns3', s, [await attendee('ns3')]));
    unwrap(await h.call('ns3', 'booking.cancel', { bookingId: b.id }));
    h.setNow(at(3, '12:00'));
    await h.tick();
    await h.tick();
    expect((await get('ns3', b.id)).status).toBe('cancelled');
    expect(h.store.count('noshows', { bookingId: b.id })).toBe(0);
  });
});

describe('slots in bulk and capacity', () => {
  test('bulk creation skips what exists; capacity cannot drop below the booked places and growth serves the waiting list', async () => {
    const r = await resource();
    const made = unwrap(
      await h.call(MANAGER, 'admin.slot.bulkCreate', {
        resourceId: r,
        from: '2026-12-07',
        to: '2026-12-13',
        weekdays: [1, 3, 5],
        times: [
          { start: '10:00', end: '11:00' },
          { start: '14:00', end: '15:00' },
        ],
        capacity: 1,
      }),
    );
    expect(made).toEqual({ created: 6, skipped: 0 });
    expect(
      unwrap(
        await h.call(MANAGER, 'admin.slot.bulkCreate', {
          resourceId: r,
          from: '2026-12-07',
          to: '2026-12-07',
          weekdays: [1],
          times: [{ start: '10:00', end: '11:00' }],
          capacity: 1,
        }),
      ),
    ).toEqual({ created: 0, skipped: 1 });
    h.setNow(at(2, '09:00'));
    const [monday] = unwrap(
      await h.call<SlotView[]>(null, 'slot.list', { resourceId: r, from: '2026-12-07', to: '2026-12-07' }),
    );
    unwrap(await book('cap1', monday.id, [await attendee('cap1')]));
    const entry = unwrap(
      await h.call<WaitEntryView>('cap2', 'waitlist.join', {
        slotId: monday.id,
        attendeeIds: [await attendee('cap2')],
      }),
    );
    expect(await h.call(MANAGER, 'admin.slot.capacity', { slotId: monday.id, capacity: 0 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const grown = unwrap(await h.call<SlotView>(MANAGER, 'admin.slot.capacity', { slotId: monday.id, capacity: 2 }));
    expect(grown).toMatchObject({ capacity: 2, remaining: 0 });
    expect(unwrap(await h.call<WaitEntryView[]>('cap2', 'waitlist.mine', {}))[0]).toMatchObject({
      id: entry.id,
      status: 'promoted',
    });
    expect(await h.call(MANAGER, 'admin.slot.capacity', { slotId: monday.id, capacity: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
  });
});

test("notices are the caller's own, newest first, and can be marked read", async () => {
  const list = await notices('c1');
  expect(list.length).toBeGreaterThan(0);
  expect(list.every((x) => !x.read)).toBe(true);
  expect(unwrap(await h.call('c1', 'notice.read', { noticeIds: list.map((x) => x.id) }))).toEqual({
    updated: list.length,
  });
  expect((await notices('c1')).every((x) => x.read)).toBe(true);
  expect(unwrap(await h.call('c2', 'notice.read', { noticeIds: list.map((x) => x.id) }))).toEqual({ updated: 0 });
  void rid;
});

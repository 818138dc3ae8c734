// Seated sessions (seed 001): a hall's seat map, seats chosen on it or best available, each seat sold once
// however many buyers want it at one moment; seats come back with their hold and their refund; the seat
// is on the booking and at the gate, its zone prices it.
import { startHarness, seedUsers, rid, type Harness } from './harness';
import { makeVenue, unwrap } from './fixtures';
import type { BookingView, CheckinView, SeatingView } from '@shared/contract';
import { bestSeats, type SeatMap } from '@shared/rules/seats';
import { askPay, attendeesOf, CONCERT_PRICING, remainingOf, visitorPays, bookingOf } from './paidFixtures';

const ADMIN = 'st-admin';
const STAFF = 'st-staff';
const DAY = '2026-12-06';
const NOW = '2026-12-01T10:00:00+08:00';
let h: Harness;

// 一楼 (stalls: 全价 ¥100, 学生 ¥50): two rows of 3 + aisle + 3; 二楼 (balcony, base prices): one row of 4.
const HALL: SeatMap = {
  zones: ['stalls', 'balcony'],
  sections: [
    {
      id: 'f1',
      name: '一楼',
      rows: [
        { label: '1', cells: 'aaa.aaa' },
        { label: '2', cells: 'aaa.aaa' },
      ],
    },
    { id: 'f2', name: '二楼', rows: [{ label: '1', cells: 'bbbb' }] },
  ],
};
const PRICING = {
  ...CONCERT_PRICING,
  zones: [
    { id: 'stalls', name: '一楼', prices: { full: 10000, student: 5000 } },
    { id: 'balcony', name: '二楼', prices: {} as Record<string, number> },
  ],
};

beforeAll(async () => {
  h = await startHarness(NOW);
  await seedUsers(h.store, [
    { openid: ADMIN, roles: [{ role: 'admin' }] },
    { openid: STAFF, roles: [{ role: 'staff', venueId: 'culture' }] },
  ]);
  await makeVenue(h.call, ADMIN, 'culture');
});
afterAll(() => h.close());
beforeEach(() => h.setNow(NOW));

let halls = 0;
/** A seated resource with HALL and one session of `capacity` (all 16 seats by default). */
async function seatedSession(capacity = 16) {
  const resourceId = `st-hall-${++halls}`;
  unwrap(
    await h.call(ADMIN, 'admin.resource.upsert', {
      id: resourceId,
      venueId: 'culture',
      name: '交响音乐会',
      kind: 'event',
      mode: 'slot',
      allocation: 'fcfs',
      policy: { maxAttendees: 4, pricing: PRICING },
    }),
  );
  unwrap(await h.call(ADMIN, 'admin.seatmap.save', { resourceId, seatMap: HALL }));
  const slot = unwrap(
    await h.call<{ id: string }>(ADMIN, 'admin.slot.create', {
      resourceId,
      start: `${DAY}T19:30:00+08:00`,
      end: `${DAY}T21:00:00+08:00`,
      capacity,
    }),
  );
  return { resourceId, slotId: slot.id };
}

const seating = async (slotId: string) => unwrap(await h.call<SeatingView>(null, 'slot.seats', { slotId }));

let people = 0;
const visitor = async (n: number) => {
  const openid = `st-visitor-${++people}`;
  return { openid, attendees: await attendeesOf(h, openid, n) };
};

const buySeats = (openid: string, slotId: string, attendees: string[], seats: string[], ticketTypes = {}) =>
  h.call<BookingView>(openid, 'booking.create', {
    slotId,
    attendeeIds: attendees,
    ticketTypes,
    seats: Object.fromEntries(attendees.map((a, i) => [a, seats[i]])),
  });

describe('the seat map', () => {
  test('saved on a priced resource: the resource says how many seats it sells, a session shows them all free', async () => {
    const { resourceId, slotId } = await seatedSession();
    const listed = unwrap(
      await h.call<{ id: string; seats?: number }[]>(null, 'resource.list', { venueId: 'culture' }),
    );
    expect(listed.find((r) => r.id === resourceId)?.seats).toBe(16);
    expect(await seating(slotId)).toEqual({ slotId, seatMap: HALL, taken: [] });
    expect(unwrap(await h.call(ADMIN, 'admin.seatmap.get', { resourceId }))).toEqual({ seatMap: HALL });
  });

  test('a zone the prices do not have, or a map that does not add up, is refused in Chinese at its field', async () => {
    const { resourceId } = await seatedSession();
    const unknownZone = await h.call(ADMIN, 'admin.seatmap.save', {
      resourceId,
      seatMap: { ...HALL, zones: ['stalls', 'vip'] },
    });
    expect(unknownZone).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        details: { fields: [{ path: 'data.seatMap.zones.1', message: '请先在票价中设置该票价区域' }] },
      },
    });
    const twoRowsOne = {
      ...HALL,
      sections: [
        {
          id: 'f1',
          name: '一楼',
          rows: [
            { label: '1', cells: 'aa' },
            { label: '1', cells: 'aa' },
          ],
        },
      ],
    };
    expect(await h.call(ADMIN, 'admin.seatmap.save', { resourceId, seatMap: twoRowsOne })).toMatchObject({
      ok: false,
      error: { details: { fields: [{ path: 'data.seatMap.sections.0.rows.1.label', message: '排号重复' }] } },
    });
  });

  test('a free hall saves its map with zones of its own (they price nothing)', async () => {
    const resourceId = `st-free-${++halls}`;
    unwrap(
      await h.call(ADMIN, 'admin.resource.upsert', {
        id: resourceId,
        venueId: 'culture',
        name: '公益讲座',
        kind: 'event',
        mode: 'slot',
        allocation: 'fcfs',
      }),
    );
    const saved = unwrap(
      await h.call<{ seats?: number }>(ADMIN, 'admin.seatmap.save', {
        resourceId,
        seatMap: { ...HALL, zones: ['all', 'more'] },
      }),
    );
    expect(saved.seats).toBe(16);
  });

  test('a session may not sell more places than the hall has seats', async () => {
    const { resourceId } = await seatedSession();
    const res = await h.call(ADMIN, 'admin.slot.create', {
      resourceId,
      start: `${DAY}T14:00:00+08:00`,
      end: `${DAY}T15:30:00+08:00`,
      capacity: 17,
    });
    expect(res).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'data.capacity' }] } } });
  });

  test('editing the resource keeps its map', async () => {
    const { resourceId } = await seatedSession();
    unwrap(
      await h.call(ADMIN, 'admin.resource.upsert', {
        id: resourceId,
        venueId: 'culture',
        name: '交响音乐会（加场）',
        kind: 'event',
        mode: 'slot',
        allocation: 'fcfs',
      }),
    );
    const listed = unwrap(
      await h.call<{ id: string; seats?: number }[]>(null, 'resource.list', { venueId: 'culture' }),
    );
    expect(listed.find((r) => r.id === resourceId)?.seats).toBe(16);
  });
});

describe('buying seats', () => {
  test('chosen seats are held with the order, priced by their zone, and shown by label', async () => {
    const { slotId } = await seatedSession();
    const v = await visitor(2);
    const booking = unwrap(
      await buySeats(v.openid, slotId, v.attendees, ['f1_2_5', 'f2_1_1'], { [v.attendees[1]]: 'student' }),
    );
    expect(booking.status).toBe('pending_payment');
    expect(booking.attendees.map((a) => a.seat)).toEqual(['一楼 2排4座', '二楼 1排1座']);
    expect(booking.order?.lines.map((l) => l.priceFen)).toEqual([10000, 4000]);
    expect(booking.order?.totalFen).toBe(14000);
    expect((await seating(slotId)).taken.sort()).toEqual(['f1_2_5', 'f2_1_1']);
    expect(remainingOf(h, slotId)).toBe(14);
  });

  test('a seat someone holds is refused by its label; nothing is taken', async () => {
    const { slotId } = await seatedSession();
    const first = await visitor(1);
    unwrap(await buySeats(first.openid, slotId, first.attendees, ['f1_1_1']));
    const second = await visitor(2);
    const res = await buySeats(second.openid, slotId, second.attendees, ['f1_1_2', 'f1_1_1']);
    expect(res).toMatchObject({
      ok: false,
      error: {
        code: 'SLOT_FULL',
        message: '座位已被他人选走：一楼 1排1座，请重新选座',
        details: { seats: ['一楼 1排1座'] },
      },
    });
    expect((await seating(slotId)).taken).toEqual(['f1_1_1']);
    expect(remainingOf(h, slotId)).toBe(15);
  });

  test('a seat for each attendee is required; a seat the map does not sell is refused', async () => {
    const { slotId } = await seatedSession();
    const v = await visitor(2);
    const none = await h.call(v.openid, 'booking.create', { slotId, attendeeIds: v.attendees });
    expect(none).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        details: { fields: [{ path: 'data.seats', message: '请为每位参观人选择座位' }] },
      },
    });
    const aisle = await buySeats(v.openid, slotId, v.attendees, ['f1_1_4', 'f1_1_5']);
    expect(aisle).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { reason: 'unknown_seat' } } });
    expect(remainingOf(h, slotId)).toBe(16);
  });

  test('50 buyers on the same 10 seats at one moment: each seat to exactly one order', async () => {
    const { slotId } = await seatedSession();
    const wanted = ['f1_1_1', 'f1_1_2', 'f1_1_3', 'f1_1_5', 'f1_1_6', 'f1_1_7', 'f1_2_1', 'f1_2_2', 'f1_2_3', 'f1_2_5'];
    const buyers = await Promise.all(Array.from({ length: 50 }, () => visitor(1)));
    const answers = await Promise.all(
      buyers.map((b, i) => buySeats(b.openid, slotId, b.attendees, [wanted[i % wanted.length]])),
    );
    const won = answers.flatMap((a) => (a.ok ? [a.data] : []));
    expect(won).toHaveLength(10);
    expect(new Set(won.map((b) => b.attendees[0].seat)).size).toBe(10);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.error.code === 'SLOT_FULL')).toBe(true);
    const stored = h.store.find<{ seats: Record<string, string>; remaining: number }>('slots', { id: slotId })[0];
    expect(Object.keys(stored.seats).sort()).toEqual([...wanted].sort());
    expect(new Set(Object.values(stored.seats)).size).toBe(10);
    expect(stored.remaining).toBe(6);
  });

  test('best available at once for 8 pairs: never a shared seat, always together, nobody refused while a pair is free', async () => {
    const { slotId } = await seatedSession();
    const pairs = await Promise.all(Array.from({ length: 8 }, () => visitor(2)));
    const answers = await Promise.all(
      pairs.map((p) =>
        h.call<BookingView>(p.openid, 'booking.create', { slotId, attendeeIds: p.attendees, bestSeats: true }),
      ),
    );
    const won = answers.flatMap((a) => (a.ok ? [a.data] : []));
    // 一楼 has four blocks of three (a pair each) and 二楼 a row of four (two pairs, or one if split).
    expect(won.length).toBeGreaterThanOrEqual(5);
    const seats = won.flatMap((b) => b.attendees.map((a) => a.seat));
    expect(new Set(seats).size).toBe(seats.length);
    for (const b of won) {
      const [x, y] = b.attendees.map((a) => a.seat as string);
      expect(x.split(' ')[0]).toBe(y.split(' ')[0]);
    }
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.error.code === 'SLOT_FULL')).toBe(true);
    // Each lost try is another's sale, so a refused pair was refused because no two seats together were left.
    expect(bestSeats(HALL, new Set((await seating(slotId)).taken), 2)).toBeNull();
  });

  test('one visitor asking for the best pair gets the best row, together, in its order', async () => {
    const { slotId } = await seatedSession();
    const v = await visitor(2);
    const booking = unwrap(
      await h.call<BookingView>(v.openid, 'booking.create', { slotId, attendeeIds: v.attendees, bestSeats: true }),
    );
    expect(booking.attendees.map((a) => a.seat)).toEqual(['一楼 1排2座', '一楼 1排3座']);
  });

  test('a seat comes back when its hold runs out, and can be bought again', async () => {
    const { slotId } = await seatedSession();
    const first = await visitor(1);
    const held = unwrap(await buySeats(first.openid, slotId, first.attendees, ['f2_1_2']));
    h.setNow('2026-12-01T10:15:00+08:00');
    await h.tick();
    expect((await bookingOf(h, first.openid, held.id)).status).toBe('expired');
    expect((await seating(slotId)).taken).toEqual([]);
    const second = await visitor(1);
    expect(unwrap(await buySeats(second.openid, slotId, second.attendees, ['f2_1_2'])).attendees[0].seat).toBe(
      '二楼 1排2座',
    );
  });

  test('a cancelled paid seat comes back; waiting lists are refused on seated sessions', async () => {
    const { slotId } = await seatedSession(2);
    const v = await visitor(2);
    const booking = unwrap(await buySeats(v.openid, slotId, v.attendees, ['f1_1_1', 'f1_1_2']));
    unwrap(await askPay(h, v.openid, booking.id));
    await visitorPays(h, v.openid, booking.id);
    const late = await visitor(1);
    expect(await h.call(late.openid, 'waitlist.join', { slotId, attendeeIds: late.attendees })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE', details: { reason: 'seated_session' } },
    });
    unwrap(await h.call(v.openid, 'booking.cancel', { bookingId: booking.id }, rid()));
    expect((await seating(slotId)).taken).toEqual([]);
    expect(remainingOf(h, slotId)).toBe(2);
  });
});

describe('giving back one seat of two', () => {
  test('that seat is free again, the other stays sold', async () => {
    const { slotId } = await seatedSession();
    const v = await visitor(2);
    const booking = unwrap(await buySeats(v.openid, slotId, v.attendees, ['f1_1_5', 'f1_1_6']));
    unwrap(await askPay(h, v.openid, booking.id));
    await visitorPays(h, v.openid, booking.id);
    const after = unwrap(
      await h.call<BookingView>(
        v.openid,
        'booking.cancel',
        { bookingId: booking.id, attendeeIds: [v.attendees[1]] },
        rid(),
      ),
    );
    expect(after.attendees.map((a) => a.seat)).toEqual(['一楼 1排4座']);
    expect((await seating(slotId)).taken).toEqual(['f1_1_5']);
    expect(remainingOf(h, slotId)).toBe(15);
  });
});

describe('at the gate', () => {
  test('the check-in names each seat and the proof a student ticket needs', async () => {
    const { slotId } = await seatedSession();
    const v = await visitor(2);
    const booking = unwrap(
      await buySeats(v.openid, slotId, v.attendees, ['f1_1_2', 'f1_1_3'], { [v.attendees[1]]: 'student' }),
    );
    unwrap(await askPay(h, v.openid, booking.id));
    await visitorPays(h, v.openid, booking.id);
    h.setNow(`${DAY}T19:10:00+08:00`);
    const checkin = unwrap(await h.call<CheckinView>(STAFF, 'checkin.manual', { bookingId: booking.id }));
    expect(checkin.booking.attendees.map((a) => [a.seat, a.ticket, a.proof])).toEqual([
      ['一楼 1排2座', '全价', undefined],
      ['一楼 1排3座', '学生', '学生证'],
    ]);
  });
});

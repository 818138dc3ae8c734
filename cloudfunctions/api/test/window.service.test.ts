// The ticket window (seed 001): staff sell to walk-ins, paid in cash or on the venue's terminal; window and
// app sell the same seats without overselling; a window refund is money handed back there and then; the
// statements of a day and a month are the sums of the orders, to the fen.
import { startHarness, seedUsers, rid, type Harness } from './harness';
import { makeVenue, unwrap } from './fixtures';
import type { BookingView, StatementView } from '@shared/contract';
import type { OrderDoc } from '../src/db/docs';
import { askPay, attendeesOf, buy, CONCERT_PRICING, refundsNotified, visitorPays } from './paidFixtures';

const ADMIN = 'wn-admin';
const CLERK = 'wn-clerk';
const CLERK_TWO = 'wn-clerk-two';
const OUTSIDER = 'wn-outsider';
const DAY = '2026-12-06';
const NOW = '2026-12-01T10:00:00+08:00';
let h: Harness;

const HALL = {
  zones: ['stalls'],
  sections: [
    {
      id: 'f1',
      name: '一楼',
      rows: [
        { label: '1', cells: 'aaaaaa' },
        { label: '2', cells: 'aaaaaa' },
      ],
    },
  ],
};

beforeAll(async () => {
  h = await startHarness(NOW);
  await seedUsers(h.store, [
    { openid: ADMIN, roles: [{ role: 'admin' }] },
    { openid: CLERK, roles: [{ role: 'staff', venueId: 'culture' }] },
    { openid: CLERK_TWO, roles: [{ role: 'staff', venueId: 'culture' }] },
    { openid: OUTSIDER, roles: [{ role: 'staff', venueId: 'elsewhere' }] },
  ]);
  await makeVenue(h.call, ADMIN, 'culture');
});
afterAll(() => h.close());
beforeEach(() => h.setNow(NOW));

let n = 0;
async function session(seated: boolean, capacity = 12) {
  const resourceId = `wn-concert-${++n}`;
  unwrap(
    await h.call(ADMIN, 'admin.resource.upsert', {
      id: resourceId,
      venueId: 'culture',
      name: '民乐专场',
      kind: 'event',
      mode: 'slot',
      allocation: 'fcfs',
      policy: {
        maxAttendees: 6,
        pricing: { ...CONCERT_PRICING, zones: [{ id: 'stalls', name: '一楼', prices: {} as Record<string, number> }] },
      },
    }),
  );
  if (seated) unwrap(await h.call(ADMIN, 'admin.seatmap.save', { resourceId, seatMap: HALL }));
  const slot = unwrap(
    await h.call<{ id: string }>(ADMIN, 'admin.slot.create', {
      resourceId,
      start: `${DAY}T19:30:00+08:00`,
      end: `${DAY}T21:00:00+08:00`,
      capacity,
    }),
  );
  return slot.id;
}

const sell = (
  clerk: string,
  slotId: string,
  tickets: { ticketTypeId: string; seatId?: string }[],
  method: 'cash' | 'terminal' = 'cash',
  requestId = rid(),
) => h.call<BookingView>(clerk, 'desk.sell', { slotId, tickets, method }, requestId);

describe('selling at the window', () => {
  test('two tickets paid in cash: confirmed at once, seats taken, the pass offered to staff', async () => {
    const slotId = await session(true);
    const sold = unwrap(
      await sell(CLERK, slotId, [
        { ticketTypeId: 'full', seatId: 'f1_1_3' },
        { ticketTypeId: 'student', seatId: 'f1_1_4' },
      ]),
    );
    expect(sold.status).toBe('confirmed');
    expect(sold.actions).toContain('pass');
    expect(sold.attendees.map((a) => [a.name, a.seat])).toEqual([
      ['散客1', '一楼 1排3座'],
      ['散客2', '一楼 1排4座'],
    ]);
    expect(sold.order).toMatchObject({ status: 'paid', totalFen: 12000, method: 'cash' });
    const again = unwrap(await h.call<BookingView>(CLERK, 'desk.booking', { bookingId: sold.id }));
    expect(again.id).toBe(sold.id);
  });

  test('only staff of the venue sell there; they take cash or the terminal', async () => {
    const slotId = await session(false);
    expect(await sell(OUTSIDER, slotId, [{ ticketTypeId: 'full' }])).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const method = await h.call(CLERK, 'desk.sell', {
      slotId,
      tickets: [{ ticketTypeId: 'full' }],
      method: 'card',
    } as never);
    expect(method).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fields: [{ path: 'data.method', message: '取值不在允许范围内' }] } },
    });
  });

  test('the window and the app after one seat at the same moment: sold once', async () => {
    const slotId = await session(true);
    const buyers = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const openid = `wn-app-${rid()}-${i}`;
        return { openid, attendees: await attendeesOf(h, openid, 1) };
      }),
    );
    const answers = await Promise.all([
      ...Array.from({ length: 10 }, () => sell(CLERK, slotId, [{ ticketTypeId: 'full', seatId: 'f1_2_2' }])),
      ...buyers.map((b) =>
        h.call<BookingView>(b.openid, 'booking.create', {
          slotId,
          attendeeIds: b.attendees,
          seats: { [b.attendees[0]]: 'f1_2_2' },
        }),
      ),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.error.code === 'SLOT_FULL')).toBe(true);
  });
});

describe('refunding at the window', () => {
  test('handed back in cash at once by the rule; two clerks at the same moment refund it once', async () => {
    const slotId = await session(true);
    const sold = unwrap(await sell(CLERK, slotId, [{ ticketTypeId: 'full', seatId: 'f1_1_1' }]));
    h.setNow('2026-12-05T12:00:00+08:00');
    const answers = await Promise.all([
      h.call<BookingView>(CLERK, 'desk.refund', { bookingId: sold.id }),
      h.call<BookingView>(CLERK_TWO, 'desk.refund', { bookingId: sold.id }),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    const refunded = unwrap(await h.call<BookingView>(CLERK, 'desk.booking', { bookingId: sold.id }));
    expect(refunded).toMatchObject({ status: 'cancelled', order: { status: 'partially_refunded', refundedFen: 4000 } });
    expect(refunded.order?.refunds).toEqual([{ fen: 4000, settled: true, at: '2026-12-05T12:00:00+08:00' }]);
    expect(h.pay.list().refunds.filter((r) => r.outTradeNo === sold.id)).toHaveLength(0);
    const seats = unwrap(await h.call<{ taken: string[] }>(null, 'slot.seats', { slotId }));
    expect(seats.taken).toEqual([]);
  });

  test('an app order is not refunded at the window', async () => {
    const slotId = await session(false);
    const openid = `wn-visitor-${rid()}`;
    const attendees = await attendeesOf(h, openid, 1);
    const booking = unwrap(await buy(h, openid, slotId, attendees));
    expect(await h.call(CLERK, 'desk.refund', { bookingId: booking.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('statements', () => {
  /** Paid − refunded of the orders in the store for the venue, by method, with payments or refunds on `date`. */
  function fromOrders(date: string) {
    const from = Date.parse(`${date}T00:00:00+08:00`);
    const to = from + 86_400_000;
    const sum = { wechat: 0, cash: 0, terminal: 0 } as Record<string, number>;
    for (const b of h.store.find<{ venueId: string; order?: OrderDoc }>('bookings', {
      where: { venueId: 'culture' },
    })) {
      const o = b.order;
      if (!o) continue;
      if (o.payment && o.payment.at >= from && o.payment.at < to) sum[o.method] += o.payment.fen;
      for (const r of o.refunds) if (r.settled && r.settledAt! >= from && r.settledAt! < to) sum[o.method] -= r.fen;
    }
    return sum;
  }

  test('a generated day of sales: the statement equals paid − refunded of the orders, to the fen, per method and window', async () => {
    const today = '2026-12-02';
    h.setNow(`${today}T09:00:00+08:00`);
    const slotId = await session(false, 400);
    // A fixed PRNG: the same day every run.
    let seed = 20261202;
    const next = (k: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % k;
    };
    const sold: string[] = [];
    const paidInApp: { openid: string; id: string }[] = [];
    for (let i = 0; i < 40; i++) {
      h.setNow(new Date(Date.parse(`${today}T09:00:00+08:00`) + i * 10 * 60_000).toISOString());
      const step = next(5);
      const types = ['full', 'student', 'child'];
      if (step <= 1) {
        const tickets = Array.from({ length: 1 + next(3) }, () => ({ ticketTypeId: types[next(3)] }));
        const clerk = step === 0 ? CLERK : CLERK_TWO;
        sold.push(unwrap(await sell(clerk, slotId, tickets, next(2) ? 'cash' : 'terminal')).id);
      } else if (step === 2) {
        const openid = `wn-day-${i}`;
        const attendees = await attendeesOf(h, openid, 1 + next(2));
        const booking = unwrap(await buy(h, openid, slotId, attendees, { [attendees[0]]: types[next(3)] }));
        unwrap(await askPay(h, openid, booking.id));
        await visitorPays(h, openid, booking.id);
        paidInApp.push({ openid, id: booking.id });
      } else if (step === 3 && sold.length) {
        await h.call(CLERK, 'desk.refund', { bookingId: sold.splice(next(sold.length), 1)[0] });
      } else if (paidInApp.length) {
        const { openid, id } = paidInApp.splice(next(paidInApp.length), 1)[0];
        unwrap(await h.call(openid, 'booking.cancel', { bookingId: id }));
        await refundsNotified(h, id);
      }
    }
    const statement = unwrap(await h.call<StatementView>(CLERK, 'desk.statement', { venueId: 'culture', date: today }));
    const expected = fromOrders(today);
    const { paidFen, refundedFen, netFen } = statement.total;
    expect({
      wechat: paidFen.wechat - refundedFen.wechat,
      cash: paidFen.cash - refundedFen.cash,
      terminal: paidFen.terminal - refundedFen.terminal,
    }).toEqual(expected);
    expect(netFen).toBe(expected.wechat + expected.cash + expected.terminal);
    expect(netFen).toBeGreaterThan(0);
    // The windows add up to the total, and each clerk's sales are theirs.
    const windows = statement.windows ?? [];
    expect(windows.reduce((s, w) => s + w.netFen, 0)).toBe(netFen);
    expect(windows.map((w) => w.seller).sort()).toEqual([CLERK, CLERK_TWO, 'online'].sort());
    expect(windows.find((w) => w.seller === 'online')?.paidFen.cash).toBe(0);
    // The month's row for the day is the day's statement.
    const month = unwrap(
      await h.call<StatementView>(ADMIN, 'admin.finance.statement', { venueId: 'culture', month: '2026-12' }),
    );
    expect(month.days?.find((d) => d.date === today)).toEqual({ date: today, ...statement.total });
    expect(month.days).toHaveLength(31);
    expect(month.total.netFen).toBe(month.days!.reduce((s, d) => s + d.netFen, 0));
  });

  test('staff read only their venue; the finance statement is for managers', async () => {
    expect(await h.call(OUTSIDER, 'desk.statement', { venueId: 'culture', date: '2026-12-02' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await h.call(CLERK, 'admin.finance.statement', { venueId: 'culture', month: '2026-12' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

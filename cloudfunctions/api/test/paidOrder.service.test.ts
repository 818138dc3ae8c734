// Paying for tickets (seed 001): a priced booking holds its places as an order waiting for its payment;
// WeChat's notification, the visitor's return from the sheet and the expiry job all confirm it through
// the trade's own state, exactly once, whatever order they come in (twice, late, never, failure first).
import { startHarness, seedUsers, rid, type Harness } from './harness';
import { makeVenue, unwrap } from './fixtures';
import {
  askPay,
  attendeesOf,
  bookedNotices,
  bookingOf,
  buy,
  makeConcert,
  makeSession,
  refundsAtWechat,
  refundsNotified,
  remainingOf,
  visitorPays,
} from './paidFixtures';

const ADMIN = 'po-admin';
const DAY = '2026-12-06';
const NOW = '2026-12-01T10:00:00+08:00';
const HOLD_OVER = '2026-12-01T10:15:00+08:00';
let h: Harness;

beforeAll(async () => {
  h = await startHarness(NOW);
  await seedUsers(h.store, [{ openid: ADMIN, roles: [{ role: 'admin' }] }]);
  await makeVenue(h.call, ADMIN, 'culture');
});
afterAll(() => h.close());
beforeEach(() => h.setNow(NOW));

let concerts = 0;
/** A session of a concert of its own (one session per start time and resource). */
const freshSession = async (capacity = 10) =>
  makeSession(h, ADMIN, await makeConcert(h, ADMIN, 'culture', `po-concert-${++concerts}`), DAY, capacity);

let visitors = 0;
/** A visitor with `n` attendees and a fresh session. */
async function shopper(n = 2, capacity = 10) {
  const openid = `po-visitor-${++visitors}`;
  const attendees = await attendeesOf(h, openid, n);
  return { openid, attendees, slotId: await freshSession(capacity) };
}

/** A visitor's order of one 全价 and one 学生 ticket (¥120), placed and asked to be paid. */
async function placed() {
  const s = await shopper();
  const booking = unwrap(await buy(h, s.openid, s.slotId, s.attendees, { [s.attendees[1]]: 'student' }));
  unwrap(await askPay(h, s.openid, booking.id));
  return { ...s, bookingId: booking.id };
}

describe('an order holds its places until paid', () => {
  test('booking a priced session answers 待支付 with the order, its places taken, nobody told yet', async () => {
    const s = await shopper();
    const booking = unwrap(await buy(h, s.openid, s.slotId, s.attendees, { [s.attendees[1]]: 'student' }));
    expect(booking.status).toBe('pending_payment');
    expect(booking.actions).toEqual(expect.arrayContaining(['pay', 'cancel']));
    expect(booking.actions).not.toContain('pass');
    expect(booking.order).toMatchObject({
      status: 'pending_payment',
      totalFen: 12000,
      holdUntil: '2026-12-01T10:15:00+08:00',
      refundedFen: 0,
      lines: [
        { attendeeId: s.attendees[0], ticketTypeName: '全价', priceFen: 8000, cancelled: false },
        { attendeeId: s.attendees[1], ticketTypeName: '学生', proof: '学生证', priceFen: 4000, cancelled: false },
      ],
    });
    expect(remainingOf(h, s.slotId)).toBe(8);
    expect(bookedNotices(h, s.openid)).toHaveLength(0);
  });

  test('an unknown ticket type is refused before anything is taken', async () => {
    const s = await shopper(1);
    const res = await buy(h, s.openid, s.slotId, s.attendees, { [s.attendees[0]]: 'vip' });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { reason: 'unknown_ticket_type' } },
    });
    expect(remainingOf(h, s.slotId)).toBe(10);
    expect(h.store.find('bookings', { where: { openid: s.openid } })).toHaveLength(0);
  });

  test('a ticket type for someone not booked is refused by the contract', async () => {
    const s = await shopper(1);
    const res = await buy(h, s.openid, s.slotId, s.attendees, { stranger: 'full' });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  test('order.pay answers requestPayment parameters; asked again, the same prepay', async () => {
    const s = await shopper();
    const booking = unwrap(await buy(h, s.openid, s.slotId, s.attendees));
    const first = unwrap(await askPay(h, s.openid, booking.id));
    const again = unwrap(await askPay(h, s.openid, booking.id));
    expect(first.payment?.package).toMatch(/^prepay_id=wx/);
    expect(again.payment?.package).toBe(first.payment?.package);
    expect(h.pay.list().trades.filter((t) => t.outTradeNo === booking.id)).toHaveLength(1);
    expect(h.pay.list().trades.find((t) => t.outTradeNo === booking.id)).toMatchObject({
      totalFee: 16000,
      subOpenid: s.openid,
    });
  });

  test("another visitor cannot pay for someone's order", async () => {
    const { bookingId } = await placed();
    expect(await askPay(h, 'po-stranger', bookingId)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the payment confirms the ticket exactly once', () => {
  test('paid and notified once: confirmed, told once, the pass offered', async () => {
    const { openid, bookingId } = await placed();
    await visitorPays(h, openid, bookingId);
    const booking = await bookingOf(h, openid, bookingId);
    expect(booking.status).toBe('confirmed');
    expect(booking.actions).toContain('pass');
    expect(booking.actions).not.toContain('pay');
    expect(booking.order).toMatchObject({ status: 'paid', paidAt: NOW });
    expect(bookedNotices(h, openid)).toHaveLength(1);
    // Asked to pay again: nothing to pay, the confirmed booking.
    const again = unwrap(await askPay(h, openid, bookingId));
    expect(again.payment).toBeUndefined();
    expect(again.booking.status).toBe('confirmed');
  });

  test('notified twice at the same moment: confirmed once, acknowledged both times', async () => {
    const { openid, bookingId } = await placed();
    const { callback } = await visitorPays(h, openid, bookingId, 'success', 'twice');
    expect(callback?.attempts.map((a) => a.answer)).toEqual([
      { ok: true, result: { errcode: 0, errmsg: 'OK' } },
      { ok: true, result: { errcode: 0, errmsg: 'OK' } },
    ]);
    const stored = h.store.find<{ order: { version: number }; status: string }>('bookings', { id: bookingId })[0];
    expect(stored.status).toBe('confirmed');
    expect(stored.order.version).toBe(1);
    expect(bookedNotices(h, openid)).toHaveLength(1);
  });

  test('never notified: the visitor back from the sheet (order.check) confirms it', async () => {
    const { openid, bookingId } = await placed();
    await visitorPays(h, openid, bookingId, 'success', 'never');
    expect((await bookingOf(h, openid, bookingId)).status).toBe('pending_payment');
    const checked = unwrap(await h.call<{ status: string }>(openid, 'order.check', { bookingId }));
    expect(checked.status).toBe('confirmed');
    expect(bookedNotices(h, openid)).toHaveLength(1);
  });

  test('never notified nor checked: the expiry job finds it paid within the hold and confirms it', async () => {
    const { openid, bookingId, slotId } = await placed();
    await visitorPays(h, openid, bookingId, 'success', 'never');
    h.setNow(HOLD_OVER);
    await h.tick();
    expect((await bookingOf(h, openid, bookingId)).status).toBe('confirmed');
    expect(remainingOf(h, slotId)).toBe(8);
  });

  test('notified late, after the job confirmed it: the late notification changes nothing', async () => {
    const { openid, bookingId } = await placed();
    await visitorPays(h, openid, bookingId, 'success', 'late');
    h.setNow(HOLD_OVER);
    await h.tick();
    const released = await h.pay.callbacks.release((c) => c.outTradeNo === bookingId);
    expect(released[0].attempts[0].answer).toEqual({ ok: true, result: { errcode: 0, errmsg: 'OK' } });
    const stored = h.store.find<{ order: { version: number } }>('bookings', { id: bookingId })[0];
    expect(stored.order.version).toBe(1);
    expect(bookedNotices(h, openid)).toHaveLength(1);
  });

  test('a failed payment, then a successful one: pending after the first, confirmed after the second', async () => {
    const { openid, bookingId } = await placed();
    await visitorPays(h, openid, bookingId, 'fail');
    expect((await bookingOf(h, openid, bookingId)).status).toBe('pending_payment');
    await visitorPays(h, openid, bookingId, 'success');
    expect((await bookingOf(h, openid, bookingId)).status).toBe('confirmed');
  });

  test('a notification of a trade WeChat has not been paid for changes nothing', async () => {
    const { openid, bookingId } = await placed();
    const { onPayNotification } = await import('../src/modules/order/notification');
    const forged = { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: bookingId, totalFee: 16000 };
    expect(await onPayNotification(h.deps, forged)).toEqual({ errcode: 0, errmsg: 'OK' });
    expect((await bookingOf(h, openid, bookingId)).status).toBe('pending_payment');
  });

  test('a notification of an order not ours is acknowledged and ignored', async () => {
    const { onPayNotification } = await import('../src/modules/order/notification');
    const answer = await onPayNotification(h.deps, {
      returnCode: 'SUCCESS',
      resultCode: 'SUCCESS',
      outTradeNo: 'nobody',
    });
    expect(answer).toEqual({ errcode: 0, errmsg: 'OK' });
  });
});

describe('a hold that runs out', () => {
  test('unpaid at holdUntil: expired, places back, the trade closed, paying refused', async () => {
    const { openid, bookingId, slotId } = await placed();
    h.setNow(HOLD_OVER);
    await h.tick();
    const booking = await bookingOf(h, openid, bookingId);
    expect(booking.status).toBe('expired');
    expect(booking.order?.status).toBe('expired');
    expect(booking.actions).not.toContain('pay');
    expect(remainingOf(h, slotId)).toBe(10);
    expect(h.pay.list().trades.find((t) => t.outTradeNo === bookingId)?.tradeState).toBe('CLOSED');
    expect(await askPay(h, openid, bookingId)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE', details: { reason: 'hold_expired' } },
    });
  });

  test('order.pay after holdUntil, before the job: the hold is settled there and then', async () => {
    const { openid, bookingId, slotId } = await placed();
    h.setNow(HOLD_OVER);
    expect(await askPay(h, openid, bookingId)).toMatchObject({
      ok: false,
      error: { details: { reason: 'hold_expired' } },
    });
    expect(remainingOf(h, slotId)).toBe(10);
  });

  test('a payment made after holdUntil, before the job closed the trade: refunded in full, places back', async () => {
    const { openid, bookingId, slotId } = await placed();
    h.setNow('2026-12-01T10:16:00+08:00');
    await visitorPays(h, openid, bookingId);
    await refundsNotified(h, bookingId);
    const booking = await bookingOf(h, openid, bookingId);
    expect(booking.status).toBe('expired');
    expect(remainingOf(h, slotId)).toBe(10);
    expect(refundsAtWechat(h, bookingId).map((r) => r.refundFee)).toEqual([12000]);
    expect(booking.order).toMatchObject({ status: 'refunded', refundedFen: 12000 });
    expect(bookedNotices(h, openid)).toHaveLength(0);
  });

  test('the released places can be bought by someone else', async () => {
    const s = await shopper(2, 2);
    const first = unwrap(await buy(h, s.openid, s.slotId, s.attendees));
    const other = `po-other-${rid()}`;
    const theirs = await attendeesOf(h, other, 2);
    expect(await buy(h, other, s.slotId, theirs)).toMatchObject({ ok: false, error: { code: 'SLOT_FULL' } });
    h.setNow(HOLD_OVER);
    await h.tick();
    expect((await bookingOf(h, s.openid, first.id)).status).toBe('expired');
    expect(unwrap(await buy(h, other, s.slotId, theirs)).status).toBe('pending_payment');
  });
});

describe('capacity under a rush', () => {
  test('30 buyers of 1 ticket at once on 10 places: 10 orders held, 20 SLOT_FULL, then the unpaid go back', async () => {
    const slotId = await freshSession(10);
    const buyers = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const openid = `po-rush-${i}`;
        return { openid, attendees: await attendeesOf(h, openid, 1) };
      }),
    );
    const answers = await Promise.all(buyers.map((b) => buy(h, b.openid, slotId, b.attendees)));
    expect(answers.filter((a) => a.ok)).toHaveLength(10);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.error.code === 'SLOT_FULL')).toBe(true);
    expect(remainingOf(h, slotId)).toBe(0);
    h.setNow(HOLD_OVER);
    await h.tick();
    expect(remainingOf(h, slotId)).toBe(10);
  });
});

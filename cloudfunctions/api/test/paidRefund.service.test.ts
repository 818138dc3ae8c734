// Refunds of paid tickets (seed 001): a visitor's cancellation refunds by the resource's rule (all until
// 48 h before, half until 24 h, nothing after), a venue's closure refunds in full; each refund is asked of
// WeChat once whatever races it (two cancels at once, a lost answer, a notification that never comes).
import { startHarness, seedUsers, rid, type Harness } from './harness';
import { makeVenue, unwrap } from './fixtures';
import type { BookingView } from '@shared/contract';
import {
  askPay,
  attendeesOf,
  bookingOf,
  buy,
  makeConcert,
  makeSession,
  refundsAtWechat,
  refundsNotified,
  remainingOf,
  visitorPays,
} from './paidFixtures';
import { REFUND_GRACE_MS } from '../src/jobs/settleRefunds';

const ADMIN = 'pf-admin';
const DAY = '2026-12-06';
const NOW = '2026-12-01T10:00:00+08:00';
let h: Harness;

beforeAll(async () => {
  h = await startHarness(NOW);
  await seedUsers(h.store, [{ openid: ADMIN, roles: [{ role: 'admin' }] }]);
  await makeVenue(h.call, ADMIN, 'culture');
});
afterAll(() => h.close());
beforeEach(() => {
  h.setNow(NOW);
  h.pay.refundMode = 'once';
});

let n = 0;
/** A paid order of one 全价 and one 学生 ticket (¥120) for the 19:30 session of DAY, paid at NOW. */
async function paidOrder() {
  const openid = `pf-visitor-${++n}`;
  const attendees = await attendeesOf(h, openid, 2);
  const slotId = await makeSession(h, ADMIN, await makeConcert(h, ADMIN, 'culture', `pf-concert-${n}`), DAY);
  const booking = unwrap(await buy(h, openid, slotId, attendees, { [attendees[1]]: 'student' }));
  unwrap(await askPay(h, openid, booking.id));
  await visitorPays(h, openid, booking.id);
  expect((await bookingOf(h, openid, booking.id)).status).toBe('confirmed');
  return { openid, slotId, bookingId: booking.id };
}

const cancel = (openid: string, bookingId: string, requestId = rid()) =>
  h.call<BookingView>(openid, 'booking.cancel', { bookingId }, requestId);

describe('a visitor cancels a paid ticket', () => {
  test.each([
    ['more than 48 hours before: all of it', '2026-12-04T19:00:00+08:00', 12000, 'refunded'],
    ['between 48 and 24 hours before: half', '2026-12-05T12:00:00+08:00', 6000, 'partially_refunded'],
  ])('%s', async (_, at, fen, status) => {
    const { openid, slotId, bookingId } = await paidOrder();
    h.setNow(at);
    const cancelled = unwrap(await cancel(openid, bookingId));
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.order).toMatchObject({ status: 'refunding', refundedFen: fen });
    expect(remainingOf(h, slotId)).toBe(10);
    await refundsNotified(h, bookingId);
    const after = await bookingOf(h, openid, bookingId);
    expect(after.order).toMatchObject({ status, refundedFen: fen, refunds: [{ fen, settled: true, at }] });
    expect(after.order?.lines.every((l) => l.cancelled)).toBe(true);
    expect(refundsAtWechat(h, bookingId).map((r) => r.refundFee)).toEqual([fen]);
  });

  test('within 24 hours (before the cancel deadline): cancelled, nothing refunded, nothing asked of WeChat', async () => {
    const { openid, bookingId } = await paidOrder();
    h.setNow('2026-12-06T12:00:00+08:00');
    const cancelled = unwrap(await cancel(openid, bookingId));
    expect(cancelled.order).toMatchObject({ status: 'paid', refundedFen: 0, refunds: [] });
    expect(refundsAtWechat(h, bookingId)).toHaveLength(0);
  });

  test('two cancels at the same moment: one cancellation, one refund at WeChat', async () => {
    const { openid, bookingId } = await paidOrder();
    const answers = await Promise.all([cancel(openid, bookingId), cancel(openid, bookingId)]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.find((a) => !a.ok)).toMatchObject({ error: { code: 'INVALID_STATE' } });
    await refundsNotified(h, bookingId);
    expect(refundsAtWechat(h, bookingId).map((r) => r.refundFee)).toEqual([12000]);
    expect((await bookingOf(h, openid, bookingId)).order).toMatchObject({ status: 'refunded', refundedFen: 12000 });
  });

  test('the same cancel delivered twice at once: both answered cancelled, one refund', async () => {
    const { openid, bookingId } = await paidOrder();
    const requestId = rid();
    const answers = await Promise.all([cancel(openid, bookingId, requestId), cancel(openid, bookingId, requestId)]);
    expect(answers.map((a) => a.ok && a.data.status)).toEqual(['cancelled', 'cancelled']);
    await refundsNotified(h, bookingId);
    expect(refundsAtWechat(h, bookingId)).toHaveLength(1);
  });

  test("the refund's answer lost: WeChat made it, its notification settles the order", async () => {
    const { openid, bookingId } = await paidOrder();
    h.faults.inject({ action: 'wxpay.refund', mode: 'applyThenFail' });
    unwrap(await cancel(openid, bookingId));
    await refundsNotified(h, bookingId);
    expect((await bookingOf(h, openid, bookingId)).order).toMatchObject({ status: 'refunded' });
    expect(refundsAtWechat(h, bookingId)).toHaveLength(1);
  });

  test('the refund never reached WeChat: the job asks again after its grace period, once', async () => {
    const { openid, bookingId } = await paidOrder();
    h.faults.inject({ action: 'wxpay.refund', mode: 'fail' });
    unwrap(await cancel(openid, bookingId));
    expect(refundsAtWechat(h, bookingId)).toHaveLength(0);
    await h.tick();
    expect(refundsAtWechat(h, bookingId)).toHaveLength(0);
    h.setNow(new Date(Date.parse(NOW) + REFUND_GRACE_MS).toISOString());
    await h.tick();
    await refundsNotified(h, bookingId);
    expect(refundsAtWechat(h, bookingId).map((r) => r.refundFee)).toEqual([12000]);
    expect((await bookingOf(h, openid, bookingId)).order).toMatchObject({ status: 'refunded' });
  });

  test('the refund notification never comes: the job finds the refund made and settles the order', async () => {
    const { openid, bookingId } = await paidOrder();
    h.pay.refundMode = 'never';
    unwrap(await cancel(openid, bookingId));
    expect((await bookingOf(h, openid, bookingId)).order?.status).toBe('refunding');
    h.setNow(new Date(Date.parse(NOW) + REFUND_GRACE_MS).toISOString());
    await h.tick();
    expect((await bookingOf(h, openid, bookingId)).order).toMatchObject({ status: 'refunded', refundedFen: 12000 });
    expect(refundsAtWechat(h, bookingId)).toHaveLength(1);
  });

  test('a paid ticket is not changed to another session', async () => {
    const { openid, bookingId } = await paidOrder();
    const booking = await bookingOf(h, openid, bookingId);
    expect(booking.actions).not.toContain('change');
    const res = await h.call(openid, 'booking.change', { bookingId, slotId: booking.slotId });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
  });
});

describe('some tickets of a group order given back', () => {
  /** A paid order of 全价 ¥80, 学生 ¥40 and 儿童 ¥30 (¥150) for three attendees. */
  async function paidGroup() {
    const openid = `pf-group-${++n}`;
    const attendees = await attendeesOf(h, openid, 3);
    const slotId = await makeSession(h, ADMIN, await makeConcert(h, ADMIN, 'culture', `pf-concert-g${n}`), DAY);
    const ticketTypes = { [attendees[1]]: 'student', [attendees[2]]: 'child' };
    const booking = unwrap(await buy(h, openid, slotId, attendees, ticketTypes));
    unwrap(await askPay(h, openid, booking.id));
    await visitorPays(h, openid, booking.id);
    return { openid, slotId, attendees, bookingId: booking.id };
  }
  const cancelSome = (openid: string, bookingId: string, attendeeIds: string[], requestId = rid()) =>
    h.call<BookingView>(openid, 'booking.cancel', { bookingId, attendeeIds }, requestId);

  test('the student ticket between 48 and 24 hours before: half of ¥40 back, the others keep theirs', async () => {
    const g = await paidGroup();
    h.setNow('2026-12-05T12:00:00+08:00');
    const after = unwrap(await cancelSome(g.openid, g.bookingId, [g.attendees[1]]));
    expect(after.status).toBe('confirmed');
    expect(after.attendees.map((a) => a.id)).toEqual([g.attendees[0], g.attendees[2]]);
    expect(after.order?.lines.map((l) => [l.attendeeId, l.cancelled])).toEqual([
      [g.attendees[0], false],
      [g.attendees[1], true],
      [g.attendees[2], false],
    ]);
    expect(after.order?.lines[1].name).toBeTruthy();
    expect(remainingOf(h, g.slotId)).toBe(8);
    await refundsNotified(h, g.bookingId);
    expect((await bookingOf(h, g.openid, g.bookingId)).order).toMatchObject({
      status: 'partially_refunded',
      refundedFen: 2000,
    });
    expect(refundsAtWechat(h, g.bookingId).map((r) => r.refundFee)).toEqual([2000]);
    // The student may be booked again that day: their claim went back with the ticket.
    const again = unwrap(await buy(h, g.openid, g.slotId, [g.attendees[1]]));
    expect(again.status).toBe('pending_payment');
  });

  test('then the rest: the whole booking cancelled, each ticket refunded once, every place back', async () => {
    const g = await paidGroup();
    unwrap(await cancelSome(g.openid, g.bookingId, [g.attendees[0]]));
    await refundsNotified(h, g.bookingId);
    const cancelled = unwrap(await h.call<BookingView>(g.openid, 'booking.cancel', { bookingId: g.bookingId }, rid()));
    expect(cancelled.status).toBe('cancelled');
    await refundsNotified(h, g.bookingId, 2);
    expect((await bookingOf(h, g.openid, g.bookingId)).order).toMatchObject({ status: 'refunded', refundedFen: 15000 });
    expect(refundsAtWechat(h, g.bookingId).map((r) => r.refundFee)).toEqual([8000, 7000]);
    expect(remainingOf(h, g.slotId)).toBe(10);
  });

  test('the same tickets given back twice at the same moment: once', async () => {
    const g = await paidGroup();
    const answers = await Promise.all([
      cancelSome(g.openid, g.bookingId, [g.attendees[2]]),
      cancelSome(g.openid, g.bookingId, [g.attendees[2]]),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    await refundsNotified(h, g.bookingId);
    expect(refundsAtWechat(h, g.bookingId).map((r) => r.refundFee)).toEqual([3000]);
    expect(remainingOf(h, g.slotId)).toBe(8);
  });

  test('someone not in the booking is refused; an unpaid order is given up whole only', async () => {
    const g = await paidGroup();
    expect(await cancelSome(g.openid, g.bookingId, ['stranger'])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fields: [{ path: 'data.attendeeIds' }] } },
    });
    const openid = `pf-unpaid-group-${rid()}`;
    const two = await attendeesOf(h, openid, 2);
    const pending = unwrap(await buy(h, openid, g.slotId, two));
    expect(await cancelSome(openid, pending.id, [two[0]])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE', details: { reason: 'not_paid_ticket' } },
    });
  });
});

describe('an unpaid order given up', () => {
  test('cancelled before paying: places back, the trade closed, nothing to refund', async () => {
    const openid = `pf-unpaid-${rid()}`;
    const attendees = await attendeesOf(h, openid, 1);
    const slotId = await makeSession(h, ADMIN, await makeConcert(h, ADMIN, 'culture', `pf-concert-u${++n}`), DAY);
    const booking = unwrap(await buy(h, openid, slotId, attendees));
    unwrap(await askPay(h, openid, booking.id));
    const cancelled = unwrap(await cancel(openid, booking.id));
    expect(cancelled).toMatchObject({ status: 'cancelled', order: { status: 'cancelled', refundedFen: 0 } });
    expect(remainingOf(h, slotId)).toBe(10);
    expect(h.pay.list().trades.find((t) => t.outTradeNo === booking.id)?.tradeState).toBe('CLOSED');
  });
});

describe('the venue closes a session', () => {
  test('a paid ticket is refunded in full even within the last 24 hours; an unpaid one is cancelled', async () => {
    const paid = await paidOrder();
    const openid = `pf-pending-${rid()}`;
    const attendees = await attendeesOf(h, openid, 1);
    const pending = unwrap(await buy(h, openid, paid.slotId, attendees));
    unwrap(await askPay(h, openid, pending.id));
    h.setNow('2026-12-06T18:00:00+08:00');
    unwrap(await h.call(ADMIN, 'admin.slot.close', { slotId: paid.slotId, reason: '演出取消' }));
    await h.tick();
    await refundsNotified(h, paid.bookingId);
    const refunded = await bookingOf(h, paid.openid, paid.bookingId);
    expect(refunded).toMatchObject({ status: 'cancelled_by_venue', order: { status: 'refunded', refundedFen: 12000 } });
    expect(refunded.actions).not.toContain('rebook');
    const unpaid = await bookingOf(h, openid, pending.id);
    expect(unpaid).toMatchObject({ status: 'cancelled_by_venue', order: { status: 'cancelled' } });
    expect(h.pay.list().trades.find((t) => t.outTradeNo === pending.id)?.tradeState).toBe('CLOSED');
  });
});

// The paid-ticket service tests' set-up (seed 001): a cultural centre's concert at 全价 ¥80 / 学生 ¥40 /
// 儿童 ¥30, full refund until 48 h before, half until 24 h; a visitor buying, paying on WeChat's side.
import type { BookingView, PaymentView } from '@shared/contract';
import type { DeliveryMode } from '../../../emulator/cloudApi/pay';
import type { Harness } from './harness';
import { makeAttendee, makeSlot, unwrap } from './fixtures';

export const CONCERT_PRICING = {
  ticketTypes: [
    { id: 'full', name: '全价', priceFen: 8000 },
    { id: 'student', name: '学生', priceFen: 4000, proof: '学生证' },
    { id: 'child', name: '儿童', priceFen: 3000 },
  ],
  holdMinutes: 15,
  refund: { fullHoursBefore: 48, partialHoursBefore: 24, partialPercent: 50 },
};

/** The concert, a paid resource of `venueId`. */
export async function makeConcert(h: Harness, admin: string, venueId: string, id: string): Promise<string> {
  unwrap(
    await h.call(admin, 'admin.resource.upsert', {
      id,
      venueId,
      name: '周末民乐音乐会',
      kind: 'event',
      mode: 'slot',
      allocation: 'fcfs',
      policy: { maxAttendees: 5, pricing: CONCERT_PRICING },
    }),
  );
  return id;
}

/** A session of the concert, 19:30–21:00 on `day`. */
export const makeSession = (h: Harness, admin: string, resourceId: string, day: string, capacity = 10) =>
  makeSlot(h.call, admin, resourceId, `${day}T19:30:00+08:00`, `${day}T21:00:00+08:00`, capacity);

let people = 5000;
/** `n` fresh attendees of `openid`. */
export const attendeesOf = (h: Harness, openid: string, n: number) =>
  Promise.all(Array.from({ length: n }, () => makeAttendee(h.call, openid, ++people)));

export const buy = (h: Harness, openid: string, slotId: string, attendeeIds: string[], ticketTypes = {}) =>
  h.call<BookingView>(openid, 'booking.create', { slotId, attendeeIds, ticketTypes });

export const askPay = (h: Harness, openid: string, bookingId: string) =>
  h.call<{ booking: BookingView; payment?: PaymentView }>(openid, 'order.pay', { bookingId });

/** The visitor pays on WeChat's sheet (after order.pay); WeChat then notifies as `deliver` says. */
export async function visitorPays(
  h: Harness,
  openid: string,
  bookingId: string,
  result: 'success' | 'fail' = 'success',
  deliver: DeliveryMode = 'once',
) {
  const outcome = await h.pay.pay({ outTradeNo: bookingId, result, payer: openid }, deliver);
  if ('refusal' in outcome) throw new Error(`payment refused: ${outcome.refusal}`);
  return outcome;
}

export const bookingOf = async (h: Harness, openid: string, bookingId: string) =>
  unwrap(await h.call<BookingView>(openid, 'booking.get', { bookingId }));

/** The slot's places left, as the store has them. */
export const remainingOf = (h: Harness, slotId: string) =>
  h.store.find<{ remaining: number }>('slots', { id: slotId })[0].remaining;

/** WeChat's refunds of a trade. */
export const refundsAtWechat = (h: Harness, outTradeNo: string) =>
  h.pay.list().refunds.filter((r) => r.outTradeNo === outTradeNo);

/** The 'booked' notices a visitor was sent (each test's visitor buys one order). */
export const bookedNotices = (h: Harness, openid: string) =>
  h.store.find('notices', { where: { kind: 'booked', openid } });

/**
 * Resolves once WeChat's refund notifications of the trade (`count` of them) are delivered and answered:
 * a refund's notification follows its answer, so it may still be on its way when the call that asked returns.
 */
export async function refundsNotified(h: Harness, outTradeNo: string, count = 1): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const sent = h.pay.list().callbacks.filter((c) => c.kind === 'refund' && c.outTradeNo === outTradeNo);
    if (sent.length >= count && sent.every((c) => c.acknowledged)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`refund notifications of ${outTradeNo} not answered`);
}

// Page tests of paid tickets (seed 001): a priced resource, and its bookings from the order waiting for its
// payment to the refund (no page imports this).
import type { BookingView, OrderView, ResourceView } from '@shared/contract';
import type { Pricing } from '@shared/rules/policy';
import { toIso } from '@shared/time';
import { ATTENDEE, RESOURCE, booking } from '../testing';

/** 全价 ¥80 / 学生 ¥40 (学生证) / 儿童 ¥30; full refund until 48 hours before, 50% until 2 hours before. */
export const PRICING: Pricing = {
  ticketTypes: [
    { id: 'adult', name: '全价', priceFen: 8000 },
    { id: 'student', name: '学生', priceFen: 4000, proof: '学生证' },
    { id: 'child', name: '儿童', priceFen: 3000 },
  ],
  holdMinutes: 15,
  refund: { fullHoursBefore: 48, partialHoursBefore: 2, partialPercent: 50 },
  zones: [],
};

export const PRICED: ResourceView = { ...RESOURCE, policy: { ...RESOURCE.policy, pricing: PRICING } };

export const ATTENDEE2 = { ...ATTENDEE, id: 'a-2', name: '李小红', idMasked: '3101**********5678' };

/** 王小明 全价 ¥80 and 李小红 学生 ¥40, waiting for the payment until 15 minutes from now. */
export function order(over: Partial<OrderView> = {}): OrderView {
  return {
    status: 'pending_payment',
    totalFen: 12000,
    holdUntil: toIso(Date.now() + 15 * 60_000),
    lines: [
      { attendeeId: ATTENDEE.id, ticketTypeName: '全价', priceFen: 8000, cancelled: false },
      { attendeeId: ATTENDEE2.id, ticketTypeName: '学生', proof: '学生证', priceFen: 4000, cancelled: false },
    ],
    refundedFen: 0,
    refunds: [],
    refundRule: PRICING.refund,
    ...over,
  };
}

const attendees = [ATTENDEE, ATTENDEE2].map(({ id, name, idMasked }) => ({ id, name, idMasked }));

/** Their booking of the priced VR飞行体验 tomorrow 10:00, waiting for its payment. */
export const pendingBooking = (over: Partial<BookingView> = {}): BookingView =>
  booking({ status: 'pending_payment', attendees, actions: ['pay', 'cancel'], order: order(), ...over });

/** The same booking paid an hour ago, starting at `start`. */
export const paidBooking = (start: number, over: Partial<BookingView> = {}): BookingView =>
  booking({
    status: 'confirmed',
    attendees,
    start: toIso(start),
    end: toIso(start + 60 * 60_000),
    actions: ['cancel', 'complain', 'pass'],
    order: order({ status: 'paid', paidAt: toIso(Date.now() - 60 * 60_000) }),
    ...over,
  });

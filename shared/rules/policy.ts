// A resource's booking policy and the windows it defines, all in Asia/Shanghai business time.
// Windows are half-open: booking [opensAt, closesAt); cancel while now < cancelDeadline.
import { addDays, atLocal, dateOf, MINUTE_MS } from '../time';
import type { Fen } from './money';

export const LOTTERY_UNCONFIRMED = ['nextRanks', 'waitlist'] as const;
export type LotteryUnconfirmed = (typeof LOTTERY_UNCONFIRMED)[number];

export interface NoShowPolicy {
  limit: number;
  windowDays: number;
  blockDays: number;
}

export interface Policy {
  opensDaysBefore: number;
  opensAt: string;
  closesMinutesBefore: number;
  maxAttendees: number;
  perIdPerDay: number;
  /** Places one account may hold of a resource on one day, over all its bookings (default maxAttendees). */
  perAccountPerDay: number;
  cancelMinutesBefore: number;
  changeMinutesBefore: number;
  requiresApproval: boolean;
  checkinOpensMinutesBefore: number;
  noShow: NoShowPolicy;
  lottery: {
    confirmHours: number;
    weightLosses: boolean;
    /** Where the places of winners who do not confirm go: the next ranks of the draw, or the waiting list. */
    unconfirmed: LotteryUnconfirmed;
  };
  /** Bookings name real people by their ID documents (attendees); off: a colleague books as themselves. */
  realName: boolean;
  /** Resources booked by the hour (mode `interval`, seed 004); see rules/interval.ts. */
  interval: IntervalPolicy;
  /** Paid tickets (seed 001); none: the resource is free. See rules/pricing.ts and rules/refund.ts. */
  pricing?: Pricing;
}

/** A kind of ticket and its base price: 全价, 学生 (with 学生证 checked at entry), 儿童 … */
export interface TicketType {
  /** a-z, 0-9 and _, up to 20: orders and slot prices name the type by it. */
  id: string;
  name: string;
  priceFen: Fen;
  /** What is checked at entry (学生证). */
  proof?: string;
}

/**
 * When a visitor's cancellation is refunded, counted back from the start: all of it until
 * `fullHoursBefore` hours before, `partialPercent` % until `partialHoursBefore` hours before, nothing
 * after (partialHoursBefore ≤ fullHoursBefore; equal: no partial tier). See rules/refund.ts.
 */
export interface RefundRule {
  fullHoursBefore: number;
  partialHoursBefore: number;
  partialPercent: number;
}

/** The prices of a seated hall's zone, by ticket type; a type it leaves out costs its base price there. */
export interface PriceZone {
  id: string;
  name: string;
  prices: Record<string, Fen>;
}

export interface Pricing {
  ticketTypes: TicketType[];
  /** How long an unpaid order holds its places or seats. */
  holdMinutes: number;
  refund: RefundRule;
  zones: PriceZone[];
}

/** A resource's pricing as set: the ticket types, the rest optional. */
export type PricingOverrides = Pick<Pricing, 'ticketTypes'> &
  Partial<Pick<Pricing, 'holdMinutes' | 'zones'>> & { refund?: Partial<RefundRule> };

/**
 * What a priced resource gets unless set: a 15-minute hold, and a full refund until 24 hours before the
 * start and none after (the partial tier defaults to an empty window: partialHoursBefore = fullHoursBefore).
 */
export const DEFAULT_PRICING = {
  holdMinutes: 15,
  refund: { fullHoursBefore: 24, partialPercent: 50 },
} as const;

export interface IntervalPolicy {
  /** Opening hours of each open weekday (0 = Sunday). */
  hours: { weekday: number; opens: string; closes: string }[];
  workingDaysOnly: boolean;
  granularityMinutes: number;
  minMinutes: number;
  maxMinutes: number;
  bufferMinutes: number;
  leadWorkingDays: number;
  /** Units booked separately (three projectors: 3; a room: 1). */
  quantity: number;
  /** People one booking may bring (a room's seats; equipment: 1). */
  capacity: number;
  /** Hours the applicant has, once approved, to confirm the booking, or it lapses (seed 004; 0: no confirmation). */
  confirmHours: number;
  /** Customers booked by customer service may book this many days further ahead than employees (seed 004). */
  customerExtraDays: number;
}

export const DEFAULT_POLICY: Policy = {
  opensDaysBefore: 7,
  opensAt: '09:00',
  closesMinutesBefore: 60,
  maxAttendees: 5,
  perIdPerDay: 1,
  perAccountPerDay: 5,
  cancelMinutesBefore: 120,
  changeMinutesBefore: 120,
  requiresApproval: false,
  checkinOpensMinutesBefore: 30,
  noShow: { limit: 3, windowDays: 90, blockDays: 30 },
  lottery: { confirmHours: 24, weightLosses: false, unconfirmed: 'nextRanks' },
  realName: true,
  interval: {
    hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '18:00' })),
    workingDaysOnly: true,
    granularityMinutes: 30,
    minMinutes: 30,
    maxMinutes: 240,
    bufferMinutes: 0,
    leadWorkingDays: 0,
    quantity: 1,
    capacity: 10,
    confirmHours: 0,
    customerExtraDays: 0,
  },
};

export type PolicyOverrides = Partial<Omit<Policy, 'noShow' | 'lottery' | 'interval' | 'pricing'>> & {
  noShow?: Partial<NoShowPolicy>;
  lottery?: Partial<Policy['lottery']>;
  interval?: Partial<IntervalPolicy>;
  /** null: the prices were removed (an upsert merges the policy's fields, so leaving it out keeps them). */
  pricing?: PricingOverrides | null;
};

/** The refund rule with its defaults; the partial tier's hours default to the full tier's (no partial tier). */
export function resolveRefund(rule: Partial<RefundRule> | undefined): RefundRule {
  const fullHoursBefore = rule?.fullHoursBefore ?? DEFAULT_PRICING.refund.fullHoursBefore;
  return {
    fullHoursBefore,
    partialHoursBefore: rule?.partialHoursBefore ?? fullHoursBefore,
    partialPercent: rule?.partialPercent ?? DEFAULT_PRICING.refund.partialPercent,
  };
}

/** A priced resource's pricing with its defaults. */
export function resolvePricing(o: PricingOverrides): Pricing {
  return {
    ticketTypes: o.ticketTypes,
    holdMinutes: o.holdMinutes ?? DEFAULT_PRICING.holdMinutes,
    refund: resolveRefund(o.refund),
    zones: o.zones ?? [],
  };
}

/** The full policy of a resource: its overrides on top of the defaults. */
export function resolvePolicy(overrides: PolicyOverrides | undefined): Policy {
  const { pricing, ...o } = overrides ?? {};
  return {
    ...DEFAULT_POLICY,
    ...o,
    perAccountPerDay: o.perAccountPerDay ?? o.maxAttendees ?? DEFAULT_POLICY.maxAttendees,
    noShow: { ...DEFAULT_POLICY.noShow, ...o.noShow },
    lottery: { ...DEFAULT_POLICY.lottery, ...o.lottery },
    interval: { ...DEFAULT_POLICY.interval, ...o.interval },
    // A free resource's policy has no pricing key at all, exactly as before prices existed.
    ...(pricing ? { pricing: resolvePricing(pricing) } : {}),
  } as Policy;
}

export interface SlotTimes {
  start: number;
  end: number;
}

/** When booking a slot opens: `opensDaysBefore` days before the slot's business date, at `opensAt`. */
export function bookingOpensAt(slot: SlotTimes, policy: Policy): number {
  return atLocal(addDays(dateOf(slot.start), -policy.opensDaysBefore), policy.opensAt);
}

export function bookingClosesAt(slot: SlotTimes, policy: Policy): number {
  return slot.start - policy.closesMinutesBefore * MINUTE_MS;
}

export function cancelDeadline(slot: SlotTimes, policy: Policy): number {
  return slot.start - policy.cancelMinutesBefore * MINUTE_MS;
}

export function changeDeadline(slot: SlotTimes, policy: Policy): number {
  return slot.start - policy.changeMinutesBefore * MINUTE_MS;
}

export function checkinOpensAt(slot: SlotTimes, policy: Policy): number {
  return slot.start - policy.checkinOpensMinutesBefore * MINUTE_MS;
}

export const SLOT_STATUSES = ['not_open', 'open', 'full', 'closed', 'cancelled', 'ended'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

export interface SlotState extends SlotTimes {
  remaining: number;
  cancelled: boolean;
}

/**
 * What a visitor sees of a slot at `now`. The order matters: a slot closed by the venue stays
 * `cancelled`, a past slot is `ended` even if places are left, and `full` only applies while booking is open.
 */
export function slotStatus(slot: SlotState, policy: Policy, now: number): SlotStatus {
  if (slot.cancelled) return 'cancelled';
  if (now >= slot.end) return 'ended';
  if (now >= bookingClosesAt(slot, policy)) return 'closed';
  if (now < bookingOpensAt(slot, policy)) return 'not_open';
  return slot.remaining <= 0 ? 'full' : 'open';
}

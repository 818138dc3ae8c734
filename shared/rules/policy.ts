// A resource's booking policy and the windows it defines, all in Asia/Shanghai business time.
// Windows are half-open: booking [opensAt, closesAt); cancel while now < cancelDeadline.
import { addDays, atLocal, dateOf, MINUTE_MS } from '../time';

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
}

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

export type PolicyOverrides = Partial<Omit<Policy, 'noShow' | 'lottery' | 'interval'>> & {
  noShow?: Partial<NoShowPolicy>;
  lottery?: Partial<Policy['lottery']>;
  interval?: Partial<IntervalPolicy>;
};

/** The full policy of a resource: its overrides on top of the defaults. */
export function resolvePolicy(overrides: PolicyOverrides | undefined): Policy {
  const o = overrides ?? {};
  return {
    ...DEFAULT_POLICY,
    ...o,
    perAccountPerDay: o.perAccountPerDay ?? o.maxAttendees ?? DEFAULT_POLICY.maxAttendees,
    noShow: { ...DEFAULT_POLICY.noShow, ...o.noShow },
    lottery: { ...DEFAULT_POLICY.lottery, ...o.lottery },
    interval: { ...DEFAULT_POLICY.interval, ...o.interval },
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

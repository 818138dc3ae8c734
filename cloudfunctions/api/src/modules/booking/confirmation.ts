// Seed 004: once approved, the applicant confirms the booking within the policy's confirmHours or it is
// released (申请人应在收到确认信息后的X小时内进行回复确认，未按时回复视为自动放弃). The deadline is fixed
// at approval and kept on the booking, so a later policy edit does not move it; it never falls after
// the start, when the booking is used or not.
import type { Policy } from '@shared/rules/policy';
import { HOUR_MS } from '@shared/time';
import type { BookingDoc } from '../../db/docs';

/** When an approved booking lapses unless confirmed, or undefined when it needs no confirmation. */
export function confirmDeadline(booking: BookingDoc, policy: Policy, approvedAt: number): number | undefined {
  const hours = booking.interval ? policy.interval.confirmHours : 0;
  return hours > 0 ? Math.min(approvedAt + hours * HOUR_MS, booking.start) : undefined;
}

/** Whether the applicant still has to confirm the booking, and may at `now`. */
export const awaitsConfirmation = (b: BookingDoc, now: number): boolean =>
  b.status === 'confirmed' && b.confirmBy !== undefined && b.confirmedAt === undefined && now < b.confirmBy;

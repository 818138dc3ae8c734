// The days of a resource booked by the hour on the date strip: which there are, and which of them it is closed.
import { hoursOn, intervalRules } from '@shared/rules/interval';
import type { Policy } from '@shared/rules/policy';
import { daysBetween } from '@shared/time';
import { nextDays } from '../../utils/format';

/** Every date from `from` to `to`, both included; `from` alone when `to` is not after it. */
export const stripDates = (from: string, to: string): string[] =>
  nextDays(from, Math.max(1, daysBetween(from, to) + 1));

/**
 * The dates the resource is closed, by the rules the function books by: a weekday without opening hours, a
 * day off of the working calendar where the resource keeps it (a make-up working day is open).
 */
export function closedDays(dates: string[], policy: Policy): Set<string> {
  const rules = intervalRules(policy);
  return new Set(dates.filter((date) => hoursOn(date, rules) === null));
}

// The rules a booking (or a waiting entry, a change, a rebooking, a lottery application) must pass
// before any place is taken, refused in api.md's order: INVALID_STATE → BLOCKED → SLOT_NOT_OPEN /
// BOOKING_CLOSED → LIMIT_EXCEEDED. The claims (DUPLICATE_BOOKING) and the place (SLOT_FULL) come
// after, as atomic writes.
import { AppError, stateError } from '@shared/errors';
import { bookingClosesAt, bookingOpensAt, type Policy } from '@shared/rules/policy';
import { monthDayTime } from '@shared/dates';
import { toIso } from '@shared/time';
import type { BookingAttendee, ResourceDoc, SlotDoc } from '../../db/docs';
import { resolvePolicy } from '@shared/rules/policy';
import { requireOwnAttendees } from '../attendee/repository';
import { bookingResource, requireSlot } from '../catalog/repository';
import type { Deps } from '../../deps';
import type { Person } from './claims';
import { assertNotBlocked } from '../credit/assertNotBlocked';

/**
 * book: a place now (booking.create, change, rebook). wait: the waiting list, which a lottery slot
 * allows when its unconfirmed places go to the list. apply: a lottery application, open until the
 * lottery's own closesAt rather than the booking close. desk: a place booked by staff for a walk-in,
 * which the ticket window sells until the slot starts (online booking closes earlier so that visitors
 * are not sent to a slot they cannot reach; the person at the window is already there).
 */
export type Purpose = 'book' | 'wait' | 'apply' | 'desk';

export interface Eligibility {
  slot: SlotDoc;
  resource: ResourceDoc;
  policy: Policy;
  people: Person[];
  now: number;
  purpose?: Purpose;
  /** When the window ends, if not the booking close (a lottery's closesAt). */
  closesAt?: number;
}

export function assertSlotUsable({ slot, resource, policy, purpose = 'book' }: Eligibility): void {
  if (slot.cancelled) throw stateError('slot_cancelled', '该时段已被场馆取消');
  if (purpose === 'apply') {
    if (resource.allocation !== 'lottery') throw stateError('first_come_slot', '该时段先到先得，请直接预约');
    return;
  }
  if (resource.allocation === 'lottery' && !(purpose === 'wait' && policy.lottery.unconfirmed === 'waitlist')) {
    throw stateError('lottery_slot', '该时段采用抽签方式分配，请参加抽签');
  }
}

export function assertWindowAndSize({ slot, policy, people, now, purpose = 'book', closesAt }: Eligibility): void {
  const applying = purpose === 'apply';
  const opensAt = bookingOpensAt(slot, policy);
  if (now < opensAt) {
    const when = monthDayTime(opensAt);
    throw new AppError(
      'SLOT_NOT_OPEN',
      { opensAt: toIso(opensAt) },
      applying ? `抽签报名将于${when}开始` : `该时段将于${when}开放预约`,
    );
  }
  const end = closesAt ?? (purpose === 'desk' ? slot.start : bookingClosesAt(slot, policy));
  if (now >= end) {
    throw new AppError('BOOKING_CLOSED', { closesAt: toIso(end) }, applying ? '抽签报名已截止' : undefined);
  }
  if (people.length > policy.maxAttendees) {
    const max = policy.maxAttendees;
    throw new AppError('LIMIT_EXCEEDED', { max }, applying ? `每次最多${max}人报名` : `每次最多预约${max}人`);
  }
}

export async function assertEligible(deps: Deps, e: Eligibility): Promise<void> {
  assertSlotUsable(e);
  await assertNotBlocked(deps, e.people, e.slot.venueId);
  assertWindowAndSize(e);
}

/** The slot, the caller's attendees (NOT_FOUND for anything not theirs), the resource and its policy. */
export async function readRequest(deps: Deps, openid: string, input: { slotId: string; attendeeIds: string[] }) {
  // Read together; the slot's NOT_FOUND is answered first, as when read one after the other.
  const [slotRead, attendeesRead] = await Promise.allSettled([
    requireSlot(deps.db, input.slotId),
    requireOwnAttendees(deps.db, openid, input.attendeeIds),
  ]);
  if (slotRead.status === 'rejected') throw slotRead.reason;
  if (attendeesRead.status === 'rejected') throw attendeesRead.reason;
  const slot = slotRead.value;
  const attendees: BookingAttendee[] = attendeesRead.value;
  const resource = await bookingResource(deps.db, slot.resourceId);
  return { slot, attendees, resource, policy: resolvePolicy(resource.policy), now: deps.clock() };
}

/** What booking.create and waitlist.join both start with: the request, checked by assertEligible. */
export async function eligibleRequest(
  deps: Deps,
  openid: string,
  input: { slotId: string; attendeeIds: string[] },
  purpose: Purpose = 'book',
) {
  const request = await readRequest(deps, openid, input);
  await assertEligible(deps, { ...request, people: request.attendees, purpose });
  return request;
}

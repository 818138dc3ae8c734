// The rules a booking (or a waiting entry, a change, a rebooking) must pass before any place is
// taken, refused in api.md's order: INVALID_STATE → BLOCKED → SLOT_NOT_OPEN / BOOKING_CLOSED →
// LIMIT_EXCEEDED. The claims (DUPLICATE_BOOKING) and the place (SLOT_FULL) come after, as atomic writes.
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

export interface Eligibility {
  slot: SlotDoc;
  resource: ResourceDoc;
  policy: Policy;
  people: Person[];
  now: number;
  /** Joining the waiting list: on a lottery slot whose unconfirmed places go to it, that is allowed. */
  toWait?: boolean;
}

export function assertSlotUsable({ slot, resource, policy, toWait }: Eligibility): void {
  if (slot.cancelled) throw stateError('slot_cancelled', '该时段已被场馆取消');
  if (resource.allocation === 'lottery' && !(toWait && policy.lottery.unconfirmed === 'waitlist')) {
    throw stateError('lottery_slot', '该时段采用抽签方式分配，请参加抽签');
  }
}

export function assertWindowAndSize({ slot, policy, people, now }: Eligibility): void {
  const opensAt = bookingOpensAt(slot, policy);
  if (now < opensAt) {
    throw new AppError('SLOT_NOT_OPEN', { opensAt: toIso(opensAt) }, `该时段将于${monthDayTime(opensAt)}开放预约`);
  }
  if (now >= bookingClosesAt(slot, policy)) {
    throw new AppError('BOOKING_CLOSED', { closesAt: toIso(bookingClosesAt(slot, policy)) });
  }
  if (people.length > policy.maxAttendees) {
    throw new AppError('LIMIT_EXCEEDED', { max: policy.maxAttendees }, `每次最多预约${policy.maxAttendees}人`);
  }
}

export async function assertEligible(deps: Deps, e: Eligibility): Promise<void> {
  assertSlotUsable(e);
  await assertNotBlocked(deps, e.people, e.slot.venueId);
  assertWindowAndSize(e);
}

/**
 * What booking.create and waitlist.join both start with: the slot, the caller's attendees (NOT_FOUND
 * for anything not theirs), the resource and its policy, checked by assertEligible.
 */
export async function eligibleRequest(
  deps: Deps,
  openid: string,
  input: { slotId: string; attendeeIds: string[] },
  toWait = false,
) {
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
  const policy = resolvePolicy(resource.policy);
  const now = deps.clock();
  await assertEligible(deps, { slot, resource, policy, people: attendees, now, toWait });
  return { slot, attendees, resource, policy, now };
}

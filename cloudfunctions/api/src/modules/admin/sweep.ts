// After a slot is closed by the venue, every booking and waiting entry on it is cancelled with the
// reason and each visitor is told, with the nearest open slots to rebook in one tap. Done in bounded
// batches: the closing call does what fits, the sweepClosedSlots job the rest (`sweepPending`).
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc, ResourceDoc, SlotDoc, WaitEntryDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { noticeData } from '../booking/noticeData';
import { settleRelease } from '../booking/release';
import { ACTIVE_STATUSES, pendingRelease, transition } from '../booking/transition';
import { nearestOpenSlots } from '../catalog/alternatives';
import { findResource } from '../catalog/repository';
import { notify } from '../notice/notify';
import { entryTransition, stopWaiting } from '../waitlist/transition';

const BATCH = 50;

async function cancelBooking(deps: Deps, booking: BookingDoc, slot: SlotDoc, resource: ResourceDoc): Promise<void> {
  const reason = slot.closedReason ?? '场馆临时调整';
  const release = pendingRelease(booking, deps.clock());
  const cancelled = await transition(deps, booking, { status: 'cancelled_by_venue', reason, release }).catch(() => null);
  if (!cancelled) return; // changed meanwhile (cancelled by the visitor, moved): nothing to do here
  await settleRelease(deps, booking._id, release);
  const alternatives = await nearestOpenSlots(deps, resource, booking.attendees.length, slot.start);
  await notify(deps, booking.openid, 'closed_by_venue', noticeData(cancelled, { reason, alternatives }), booking._id);
}

async function cancelEntry(deps: Deps, entry: WaitEntryDoc, slot: SlotDoc, resource: ResourceDoc): Promise<void> {
  const reason = slot.closedReason ?? '场馆临时调整';
  const cancelled = await entryTransition(deps, entry, { status: 'cancelled_by_venue', reason });
  if (!cancelled) return;
  await stopWaiting(deps, entry);
  const alternatives = await nearestOpenSlots(deps, resource, entry.attendees.length, slot.start);
  await notify(deps, entry.openid, 'closed_by_venue', noticeData(cancelled, { reason, alternatives }), entry._id);
}

/** One batch for a closed slot; true when it found work (run again until false). */
export async function sweepClosedSlot(deps: Deps, slot: SlotDoc): Promise<boolean> {
  const resource = await findResource(deps.db, slot.resourceId);
  const _ = deps.db.command;
  const { data: bookings } = await deps.db
    .collection(COLLECTIONS.bookings)
    .where({ slotId: slot._id, status: _.in([...ACTIVE_STATUSES]) })
    .limit(BATCH)
    .get();
  const { data: entries } = await deps.db
    .collection(COLLECTIONS.waitlist)
    .where({ slotId: slot._id, status: 'waiting' })
    .limit(BATCH)
    .get();
  if (!resource || (bookings.length === 0 && entries.length === 0)) {
    await deps.db.collection(COLLECTIONS.slots).doc(slot._id).update({ data: { sweepPending: false } });
    return false;
  }
  for (const b of bookings as BookingDoc[]) await cancelBooking(deps, b, slot, resource);
  for (const e of entries as WaitEntryDoc[]) await cancelEntry(deps, e, slot, resource);
  return true;
}

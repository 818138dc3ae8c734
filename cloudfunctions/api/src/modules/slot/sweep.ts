// After a slot is closed by the venue, every booking and waiting entry on it is cancelled with the
// reason and each visitor is told, with the nearest open slots to rebook in one tap; on a lottery slot
// the lottery ends and so does every application. Done in bounded batches: the closing call does what
// fits, the sweepClosedSlots job the rest (`sweepPending`). Each batch reads what is still open, so a
// batch repeated after a failure simply finds less.
import type { NoticeData } from '@shared/contract';
import { toIso } from '@shared/time';
import { COLLECTIONS } from '../../db/schema';
import type { ApplicationDoc, BookingDoc, ResourceDoc, SlotDoc, WaitEntryDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { CLAIM_ABANDONED_AFTER_MS, holderOf, releaseClaims } from '../booking/claims';
import { noticeData } from '../booking/noticeData';
import { settleRelease } from '../booking/release';
import { ACTIVE_STATUSES, nullIfChangedMeanwhile, pendingRelease, transition } from '../booking/transition';
import { nearestOpenSlots } from '../catalog/alternatives';
import { findResource } from '../catalog/repository';
import { cancelLottery } from '../lottery/repository';
import { sendNotice } from '../notice/send';
import { entryTransition, stopWaiting } from '../waitlist/transition';
import { cancelOrder, withOrder } from '../order/change';
import { settleCancelledOrder } from '../order/settle';

const BATCH = 50;
const APPLICATION_PAGE = 100;
/** Sorted descending this is won, confirmed, applied: winners first, they alone could still act (confirm). */
const OPEN_APPLICATIONS = ['won', 'confirmed', 'applied'];

const reasonOf = (slot: SlotDoc) => slot.closedReason ?? '场馆临时调整';

/** What a visitor told of a cancellation by the venue is offered instead, made for the booking. */
export type VenueOffers = (cancelled: BookingDoc) => Promise<Pick<NoticeData, 'alternatives' | 'offers'>>;

/**
 * A booking the venue cancels (a closed slot, a closed day of a resource booked by the hour) ends
 * cancelled_by_venue with the reason and a release marker, by one conditional state change: of it and a
 * visitor's cancel or change at the same moment one wins, and a lost race leaves nothing to do here.
 */
export async function cancelForVenue(
  deps: Deps,
  booking: BookingDoc,
  reason: string,
  offers: VenueOffers,
): Promise<void> {
  const now = deps.clock();
  const release = pendingRelease(booking, now);
  // A paid ticket is refunded in full; one waiting for its payment is cancelled and its trade closed.
  const { patch, guard } = withOrder(booking.order, cancelOrder(booking.order, now, true));
  const cancelled = await transition(
    deps,
    booking,
    { status: 'cancelled_by_venue', reason, release, ...patch },
    undefined,
    guard,
  ).catch(nullIfChangedMeanwhile);
  if (cancelled) await tellCancelledByVenue(deps, cancelled, offers);
}

/**
 * After the state change: the visitor is told (the notice is keyed by the booking, so once however often
 * this runs), then the holding is given back. In this order a cancellation stopped after its state change
 * still holds its time, by which the sweep of a closed day finds it and runs this again (interval/sweepDay.ts).
 */
export async function tellCancelledByVenue(deps: Deps, cancelled: BookingDoc, offers: VenueOffers): Promise<void> {
  const data: NoticeData = {
    ...noticeData(cancelled, { reason: cancelled.reason }),
    ...(await offers(cancelled)),
  };
  await sendNotice(deps, cancelled.openid, 'closed_by_venue', data, cancelled._id);
  if (cancelled.release) await settleRelease(deps, cancelled._id, cancelled.release);
  await settleCancelledOrder(deps, cancelled);
}

/** A booking of a closed slot, offered the nearest open slots of its resource. */
export const cancelByVenue = (deps: Deps, booking: BookingDoc, slot: SlotDoc, resource: ResourceDoc) =>
  cancelForVenue(deps, booking, reasonOf(slot), async (b) => ({
    alternatives: await nearestOpenSlots(deps, resource, b.attendees.length, slot.start),
  }));

async function cancelEntry(deps: Deps, entry: WaitEntryDoc, slot: SlotDoc, resource: ResourceDoc): Promise<void> {
  const reason = reasonOf(slot);
  const cancelled = await entryTransition(deps, entry, { status: 'cancelled_by_venue', reason });
  if (!cancelled) return;
  await stopWaiting(deps, entry);
  const alternatives = await nearestOpenSlots(deps, resource, entry.attendees.length, slot.start);
  await sendNotice(deps, entry.openid, 'closed_by_venue', noticeData(cancelled, { reason, alternatives }), entry._id);
}

/**
 * An application ends cancelled_by_venue, its claims released. The notice goes first, keyed by the
 * application, so a sweep stopped after it tells nobody twice when repeated. A confirmed application's
 * booking is cancelled with the slot's bookings, whose notice tells the visitor; but a confirm writes
 * its booking after its decision, so one not written yet may still come from a call under way: the
 * application waits (false) until that booking exists, or until no call that read the slot before the
 * close can still be running (the function's time limit after both the decision and the close).
 */
async function endApplication(deps: Deps, app: ApplicationDoc, slot: SlotDoc): Promise<boolean> {
  const now = deps.clock();
  const booking =
    app.status === 'confirmed' && app.bookingId
      ? (await deps.db.collection(COLLECTIONS.bookings).doc(app.bookingId).get()).data
      : null;
  if (
    app.status === 'confirmed' &&
    !booking &&
    Math.max(app.updatedAt, slot.closedAt ?? 0) > now - CLAIM_ABANDONED_AFTER_MS
  )
    return false;
  const reason = reasonOf(slot);
  if (!booking) {
    const data = {
      resourceName: app.resourceName,
      venueName: app.venueName,
      start: toIso(app.start),
      end: toIso(app.end),
      reason,
      applicationId: app._id,
    };
    await sendNotice(deps, app.openid, 'lottery_cancelled', data, app._id);
  }
  const res = await deps.db
    .collection(COLLECTIONS.applications)
    .where({ _id: app._id, status: app.status })
    .update({ data: { status: 'cancelled_by_venue', reason, updatedAt: now } });
  // Not updated: it changed meanwhile (a confirm, a forfeit); still open, the next batch sees it again.
  if (res.stats.updated === 1) await releaseClaims(deps, app.claimIds, holderOf(app._id));
  return true;
}

/** The lottery ends, then a page of its applications; how many of them ended and how many wait. */
async function sweepApplications(deps: Deps, slot: SlotDoc): Promise<{ ended: number; waiting: number }> {
  const _ = deps.db.command;
  await cancelLottery(deps, slot._id, reasonOf(slot));
  const { data } = await deps.db
    .collection(COLLECTIONS.applications)
    .where({ slotId: slot._id, status: _.in(OPEN_APPLICATIONS) })
    .orderBy('status', 'desc')
    .limit(APPLICATION_PAGE)
    .get();
  // Each application's steps are its own (keyed or conditional): the page at once.
  const ended = await Promise.all((data as ApplicationDoc[]).map((a) => endApplication(deps, a, slot)));
  const n = ended.filter(Boolean).length;
  return { ended: n, waiting: ended.length - n };
}

/**
 * One batch for a closed slot; true when it found work (run again until false). A slot is done once
 * nothing is open on it; while only confirmed applications wait for their bookings it stays pending,
 * for the job's next run, without reporting work.
 */
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
  if (resource) {
    for (const b of bookings as BookingDoc[]) await cancelByVenue(deps, b, slot, resource);
    for (const e of entries as WaitEntryDoc[]) await cancelEntry(deps, e, slot, resource);
  }
  const applications = await sweepApplications(deps, slot);
  const worked = resource !== null && bookings.length + entries.length > 0;
  if (!worked && applications.ended === 0 && applications.waiting === 0) {
    await deps.db
      .collection(COLLECTIONS.slots)
      .doc(slot._id)
      .update({ data: { sweepPending: false } });
  }
  return worked || applications.ended > 0;
}

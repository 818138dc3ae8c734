// Released places go to the waiting list, first come first served, skipping groups that no longer
// fit (a smaller later group may) and people no longer eligible (blocked, or booked that day).
// One promotion at a time holds an entry (waiting → promoting, a conditional update), so two
// promoters working on one slot never hand one entry two places; each place is taken with the same
// conditional atomic update as a booking, so no place is given twice. An entry another promoter holds
// keeps its places reserved: nobody serves a later entry with them, so if that promotion fails the
// entry is still first in line. Called after every release and, as a backstop, by the promoteWaitlists job.
import { resolvePolicy } from '@shared/rules/policy';
import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { ResourceDoc, SlotDoc, WaitEntryDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import { derivedId } from '../../lib/ids';
import type { Deps } from '../../deps';
import { newBooking } from '../booking/build';
import { bookingWants, holderOf, takeClaims, type TakenClaims } from '../booking/claims';
import { noticeData } from '../booking/noticeData';
import { holdingKey, takeHolding, untakeHolding } from '../booking/places';
import { retryOnce } from '../../db/retry';
import { findBookingResource, findSlot } from '../catalog/repository';
import { assertNotBlocked } from '../credit/assertNotBlocked';
import { sendNotice } from '../notice/send';
import { entryTransition, stopWaiting } from './transition';

/** passed: no longer eligible, left the line; held: another promotion holds it. */
type Outcome = 'promoted' | 'full' | 'passed' | 'held';

/** The booking a promoted entry becomes: its id derives from the entry, so it is written once. */
export const promotedBookingId = (entryId: string) => derivedId('b', 'waitlist', entryId);

async function giveUp(deps: Deps, entry: WaitEntryDoc, reason: string): Promise<void> {
  await entryTransition(deps, entry, { status: 'ineligible', reason });
  await stopWaiting(deps, entry);
  await sendNotice(deps, entry.openid, 'waitlist_ineligible', noticeData(entry, { reason }), entry._id);
}

async function promoteEntry(deps: Deps, slot: SlotDoc, resource: ResourceDoc, waiting: WaitEntryDoc): Promise<Outcome> {
  const entry = await entryTransition(deps, waiting, { status: 'promoting' });
  if (!entry) return 'held';
  const policy = resolvePolicy(resource.policy);
  const bookingId = promotedBookingId(entry._id);
  const key = holdingKey({ _id: bookingId, moves: 0 });
  let claims: TakenClaims;
  try {
    await assertNotBlocked(deps, entry.attendees, slot.venueId);
    claims = await takeClaims(
      deps,
      bookingWants(entry.attendees, entry.openid, resource._id, slot.date, policy),
      holderOf(bookingId),
      policy,
    );
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    await giveUp(deps, entry, e.userMessage);
    return 'passed';
  }
  if (!(await takeHolding(deps.db, slot._id, entry.attendees.length, key))) {
    await claims.undo();
    await entryTransition(deps, entry, { status: 'waiting' });
    return 'full';
  }
  const booking = newBooking({
    id: bookingId,
    openid: entry.openid,
    slot,
    resource,
    venueName: entry.venueName,
    policy,
    attendees: entry.attendees,
    claimIds: claims.ids,
    now: deps.clock(),
  });
  try {
    await retryOnce(() => deps.db.collection(COLLECTIONS.bookings).add({ data: booking }));
  } catch (e) {
    if (!isDuplicateKey(e)) {
      await untakeHolding(deps.db, slot._id, entry.attendees.length, key);
      await claims.undo();
      await entryTransition(deps, entry, { status: 'waiting' });
      throw e;
    }
  }
  const promoted = await entryTransition(deps, entry, { status: 'promoted', bookingId });
  await stopWaiting(deps, entry, true);
  await sendNotice(deps, entry.openid, 'waitlist_promoted', noticeData(promoted ?? { ...entry, bookingId }), entry._id);
  return 'promoted';
}

/** Fills the slot's free places from its queue, in order; returns how many entries became bookings. */
export async function promoteWaitlist(deps: Deps, slotId: string): Promise<number> {
  let promoted = 0;
  let slot = await findSlot(deps.db, slotId);
  while (slot && !slot.cancelled && slot.remaining > 0 && deps.clock() < slot.start) {
    const resource = await findBookingResource(deps.db, slot.resourceId);
    if (!resource) return promoted;
    const _ = deps.db.command;
    const { data } = await deps.db
      .collection(COLLECTIONS.waitlist)
      .where({ slotId, status: _.in(['waiting', 'promoting']), seq: _.gte(0) })
      .orderBy('seq', 'asc')
      .limit(100)
      .get();
    let outcome: Outcome | null = null;
    let reserved = 0;
    let served = 0;
    for (const entry of data as WaitEntryDoc[]) {
      const n = entry.attendees.length;
      if (entry.status === 'promoting') {
        reserved += n;
        continue;
      }
      if (n > slot.remaining - reserved) continue; // a smaller group further back may fit
      outcome = await promoteEntry(deps, slot, resource, entry);
      if (outcome === 'held') reserved += n;
      else if (outcome === 'promoted') served = n;
      if (outcome !== 'held' && outcome !== 'passed') break;
    }
    if (outcome === 'promoted') promoted++;
    else if (outcome !== 'full') return promoted; // nobody in line fits, or the rest is held by others
    // After a promotion the places it took are known to be gone: read the slot again only if some
    // may be left (a cancel frees one booking's places, and its promotion usually takes them all).
    slot = outcome === 'promoted' && slot.remaining - served <= 0 ? null : await findSlot(deps.db, slotId);
  }
  return promoted;
}

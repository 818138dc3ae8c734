// Backstops for steps a failure interrupted: each finds what was left half-done and finishes it with
// the same idempotent steps the request would have taken.
import { COLLECTIONS } from '../db/schema';
import type { BookingDoc, SlotDoc, WaitEntryDoc } from '../db/docs';
import { completeRelease } from '../modules/booking/release';
import { sweepClosedSlot } from '../modules/slot/sweep';
import { promotedBookingId, promoteWaitlist } from '../modules/waitlist/promote';
import { entryTransition, stopWaiting } from '../modules/waitlist/transition';
import type { Job } from './job';

/** Longer than any request takes: a marker this old was left by a failure, not a request at work. */
const STALE_MS = 2 * 60 * 1000;
const BATCH = 50;

export const completeReleases: Job = {
  name: 'completeReleases',
  async run(deps) {
    const { data } = await deps.db
      .collection(COLLECTIONS.bookings)
      .where({ 'release.at': deps.db.command.lt(deps.clock() - STALE_MS) })
      .limit(BATCH)
      .get();
    for (const b of data as BookingDoc[]) await completeRelease(deps, b._id, b.release!);
    return { worked: data.length > 0 };
  },
};

export const sweepClosedSlots: Job = {
  name: 'sweepClosedSlots',
  async run(deps) {
    const { data } = await deps.db.collection(COLLECTIONS.slots).where({ sweepPending: true }).limit(10).get();
    let worked = false;
    for (const slot of data as SlotDoc[]) worked = (await sweepClosedSlot(deps, slot)) || worked;
    return { worked };
  },
};

export const promoteWaitlists: Job = {
  name: 'promoteWaitlists',
  async run(deps) {
    const _ = deps.db.command;
    const { data } = await deps.db
      .collection(COLLECTIONS.slots)
      .where({ waiting: _.gt(0), remaining: _.gt(0), cancelled: false, start: _.gt(deps.clock()) })
      .limit(BATCH)
      .get();
    let promoted = 0;
    for (const slot of data as SlotDoc[]) promoted += await promoteWaitlist(deps, slot._id);
    return { worked: promoted > 0 };
  },
};

/** An entry held by a promotion that died: promoted if its booking was written, else waiting again. */
export const recoverPromotions: Job = {
  name: 'recoverPromotions',
  async run(deps) {
    const { data } = await deps.db
      .collection(COLLECTIONS.waitlist)
      .where({ status: 'promoting', updatedAt: deps.db.command.lt(deps.clock() - STALE_MS) })
      .limit(BATCH)
      .get();
    for (const entry of data as WaitEntryDoc[]) {
      const bookingId = promotedBookingId(entry._id);
      const { data: booking } = await deps.db.collection(COLLECTIONS.bookings).doc(bookingId).get();
      if (booking) {
        if (await entryTransition(deps, entry, { status: 'promoted', bookingId })) await stopWaiting(deps, entry);
      } else {
        await entryTransition(deps, entry, { status: 'waiting' });
      }
    }
    return { worked: data.length > 0 };
  },
};

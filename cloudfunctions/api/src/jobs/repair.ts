// Backstops for steps a failure interrupted: each finds what was left half-done and finishes it with
// the same idempotent steps the request would have taken.
import { COLLECTIONS } from '../db/schema';
import type { BookingDoc, SlotDoc, WaitEntryDoc } from '../db/docs';
import { completeRelease } from '../modules/booking/release';
import type { DayLedgerDoc } from '../modules/interval/dayLedger';
import { settleReservations } from '../modules/interval/orphans';
import { sweepClosedDay } from '../modules/interval/sweepDay';
import { sweepClosedSlot } from '../modules/slot/sweep';
import { promotedBookingId, promoteWaitlist } from '../modules/waitlist/promote';
import { entryTransition, stopWaiting } from '../modules/waitlist/transition';
import type { Job } from './job';
import { STALE_MS } from './stale';

const BATCH = 50;
/** Days per run: each may cost a batch of cancellations (sweepDay.ts) or a read of its bookings. */
const DAY_BATCH = 10;

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

/** The days of resources booked by the hour closed by the venue whose bookings are still being cancelled. */
export const sweepClosedDays: Job = {
  name: 'sweepClosedDays',
  async run(deps) {
    const { data } = await deps.db
      .collection(COLLECTIONS.intervalDays)
      .where({ sweepPending: true })
      .limit(DAY_BATCH)
      .get();
    let worked = false;
    for (const day of data as DayLedgerDoc[]) worked = (await sweepClosedDay(deps, day)) || worked;
    return { worked };
  },
};

/**
 * Reservations by the hour whose booking never came (its write failed and could not be read back):
 * freed once older than any request runs; those whose booking is there are marked seen (interval/orphans.ts).
 */
export const freeOrphanReservations: Job = {
  name: 'freeOrphanReservations',
  async run(deps) {
    const { data } = await deps.db
      .collection(COLLECTIONS.intervalDays)
      .where({ unsettledSince: deps.db.command.lt(deps.clock() - STALE_MS) })
      .limit(DAY_BATCH)
      .get();
    let worked = false;
    for (const day of data as DayLedgerDoc[]) worked = (await settleReservations(deps, day)) || worked;
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

// After a slot ends, a confirmed booking nobody checked in for becomes no_show, and every attendee
// not checked in is recorded against their ID number at the venue. Records have deterministic ids
// and the status change is conditional, so a run that stops half-way is simply repeated.
import { resolvePolicy } from '@shared/rules/policy';
import { toIso } from '@shared/time';
import { COLLECTIONS } from '../db/schema';
import type { BlockDoc, BookingDoc, NoShowDoc } from '../db/docs';
import { isDuplicateKey } from '../db/errors';
import type { Deps } from '../deps';
import { transition } from '../modules/booking/transition';
import { findResource } from '../modules/catalog/repository';
import { creditAtVenue } from '../modules/credit/records';
import { notify } from '../modules/notice/notify';
import type { Job } from './job';

const BATCH = 50;

/** One record per attendee who did not come (all of them, for a booking nobody checked in). */
async function record(deps: Deps, booking: BookingDoc): Promise<void> {
  const present = new Set(booking.presentIds ?? []);
  for (const a of booking.attendees.filter((x) => !present.has(x.id))) {
    const doc: NoShowDoc = { _id: `${a.idHash}:${booking._id}`, idHash: a.idHash, venueId: booking.venueId, bookingId: booking._id, at: booking.end };
    try {
      await deps.db.collection(COLLECTIONS.noshows).add({ data: doc });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
  }
}

/** A no-show that reaches the limit of its resource's rule blocks the person at the whole venue. */
async function blockIfLimitReached(deps: Deps, booking: BookingDoc): Promise<void> {
  const resource = await findResource(deps.db, booking.resourceId);
  const rule = resolvePolicy(resource?.policy).noShow;
  const credits = await creditAtVenue(deps, booking.attendees.map((a) => a.idHash), booking.venueId, rule);
  const present = new Set(booking.presentIds ?? []);
  for (const a of booking.attendees.filter((x) => !present.has(x.id))) {
    const until = credits.get(a.idHash)?.blockedUntil;
    if (until == null) continue;
    const block: BlockDoc = { _id: `${a.idHash}:${booking.venueId}:${booking._id}`, idHash: a.idHash, venueId: booking.venueId, until, at: deps.clock() };
    try {
      await deps.db.collection(COLLECTIONS.blocks).add({ data: block });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
    // One notice per person and block, however many runs see it.
    await notify(deps, booking.openid, 'blocked', { venueName: booking.venueName, blockedUntil: toIso(until) }, block._id);
  }
}

export const markNoShows: Job = {
  name: 'markNoShows',
  async run(deps) {
    const _ = deps.db.command;
    const ended = _.lte(deps.clock());
    const { data: unseen } = await deps.db
      .collection(COLLECTIONS.bookings)
      .where({ status: 'confirmed', end: ended })
      .orderBy('end', 'asc')
      .limit(BATCH)
      .get();
    for (const booking of unseen as BookingDoc[]) {
      await record(deps, booking);
      const marked = await transition(deps, booking, { status: 'no_show' }).catch(() => null);
      if (marked) await blockIfLimitReached(deps, booking);
    }
    // Groups checked in with someone missing: the missing ones are no-shows.
    const { data: partial } = await deps.db
      .collection(COLLECTIONS.bookings)
      .where({ status: 'checked_in', end: ended, attendanceClosed: _.neq(true) })
      .orderBy('end', 'asc')
      .limit(BATCH)
      .get();
    for (const booking of partial as BookingDoc[]) {
      await record(deps, booking);
      const closed = await deps.db
        .collection(COLLECTIONS.bookings)
        .where({ _id: booking._id, attendanceClosed: _.neq(true) })
        .update({ data: { attendanceClosed: true } });
      if (closed.stats.updated === 1 && (booking.presentIds?.length ?? 0) < booking.attendees.length) await blockIfLimitReached(deps, booking);
    }
    return { worked: unseen.length + partial.length > 0 };
  },
};

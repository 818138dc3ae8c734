// After a slot ends, a confirmed booking nobody checked in for becomes no_show, and every attendee
// not checked in is recorded against their ID number at the venue. Records have deterministic ids
// and the status change is conditional, so a run that stops half-way is simply repeated.
// Nothing is recorded against a slot the venue closed: a booking still confirmed there (its sweep
// has not reached it, or it was written as the sweep ended) is cancelled by the venue instead, and a
// checked-in group's absentees are not counted. A booking still awaiting approval is no no-show
// either: it ends when its slot starts (approval/expire.ts).
import { resolvePolicy } from '@shared/rules/policy';
import { toIso } from '@shared/time';
import { COLLECTIONS } from '../db/schema';
import type { BlockDoc, BookingDoc, NoShowDoc, SlotDoc } from '../db/docs';
import { isDuplicateKey } from '../db/errors';
import type { Deps } from '../deps';
import { cancelByVenue } from '../modules/slot/sweep';
import { expirePendingApprovals } from '../modules/approval/expire';
import { nullIfChangedMeanwhile, transition } from '../modules/booking/transition';
import { findResource, SLOT_FIELDS } from '../modules/catalog/repository';
import { creditAtVenue } from '../modules/credit/records';
import { sendNotice } from '../modules/notice/send';
import type { Job } from './job';

const BATCH = 50;

/** One record per attendee who did not come (all of them, for a booking nobody checked in). */
async function record(deps: Deps, booking: BookingDoc): Promise<void> {
  const present = new Set(booking.presentIds ?? []);
  for (const a of booking.attendees.filter((x) => !present.has(x.id))) {
    const doc: NoShowDoc = {
      _id: `${a.idHash}:${booking._id}`,
      idHash: a.idHash,
      venueId: booking.venueId,
      bookingId: booking._id,
      at: booking.end,
    };
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
  const credits = await creditAtVenue(
    deps,
    booking.attendees.map((a) => a.idHash),
    booking.venueId,
    rule,
  );
  const present = new Set(booking.presentIds ?? []);
  for (const a of booking.attendees.filter((x) => !present.has(x.id))) {
    const until = credits.get(a.idHash)?.blockedUntil;
    if (until == null) continue;
    const block: BlockDoc = {
      _id: `${a.idHash}:${booking.venueId}:${booking._id}`,
      idHash: a.idHash,
      venueId: booking.venueId,
      until,
      at: deps.clock(),
    };
    try {
      await deps.db.collection(COLLECTIONS.blocks).add({ data: block });
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
    // One notice per person and block, however many runs see it.
    await sendNotice(
      deps,
      booking.openid,
      'blocked',
      { venueName: booking.venueName, blockedUntil: toIso(until) },
      block._id,
    );
  }
}

/** The closed ones among the slots of these bookings. */
async function closedSlots(deps: Deps, bookings: BookingDoc[]): Promise<Map<string, SlotDoc>> {
  const ids = [...new Set(bookings.map((b) => b.slotId))];
  if (ids.length === 0) return new Map();
  const { data } = await deps.db
    .collection(COLLECTIONS.slots)
    .where({ _id: deps.db.command.in(ids), cancelled: true })
    .field(SLOT_FIELDS)
    .limit(ids.length)
    .get();
  return new Map((data as SlotDoc[]).map((s) => [s._id, s]));
}

export const markNoShows: Job = {
  name: 'markNoShows',
  async run(deps) {
    const _ = deps.db.command;
    const expired = await expirePendingApprovals(deps);
    const ended = _.lte(deps.clock());
    const { data: unseen } = await deps.db
      .collection(COLLECTIONS.bookings)
      .where({ status: 'confirmed', end: ended })
      .orderBy('end', 'asc')
      .limit(BATCH)
      .get();
    const closedUnseen = await closedSlots(deps, unseen as BookingDoc[]);
    for (const booking of unseen as BookingDoc[]) {
      const closedSlot = closedUnseen.get(booking.slotId);
      if (closedSlot) {
        const resource = await findResource(deps.db, booking.resourceId);
        if (resource) await cancelByVenue(deps, booking, closedSlot, resource);
        continue;
      }
      await record(deps, booking);
      const marked = await transition(deps, booking, { status: 'no_show' }).catch(nullIfChangedMeanwhile);
      if (marked) await blockIfLimitReached(deps, booking);
    }
    // Groups checked in with someone missing: the missing ones are no-shows.
    const { data: partial } = await deps.db
      .collection(COLLECTIONS.bookings)
      .where({ status: 'checked_in', end: ended, attendanceClosed: _.neq(true) })
      .orderBy('end', 'asc')
      .limit(BATCH)
      .get();
    const closedPartial = await closedSlots(deps, partial as BookingDoc[]);
    for (const booking of partial as BookingDoc[]) {
      const counted = !closedPartial.has(booking.slotId);
      if (counted) await record(deps, booking);
      const closed = await deps.db
        .collection(COLLECTIONS.bookings)
        .where({ _id: booking._id, attendanceClosed: _.neq(true) })
        .update({ data: { attendanceClosed: true } });
      if (counted && closed.stats.updated === 1 && (booking.presentIds?.length ?? 0) < booking.attendees.length)
        await blockIfLimitReached(deps, booking);
    }
    return { worked: expired || unseen.length + partial.length > 0 };
  },
};

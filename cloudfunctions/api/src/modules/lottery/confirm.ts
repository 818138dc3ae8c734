// A winner confirms within confirmHours: the application becomes a normal booking (its id derives
// from the application). The places were taken when the application won; the booking holds them from
// here on (a cancel gives them back under the booking's own holding key).
//
// The decision is one conditional update, won → confirmed, racing the forfeit job's won → forfeited at
// the deadline: exactly one of them wins. The booking is written after it, so a confirm interrupted in
// between is finished by the next call (the booking's id and claims derive from the application).
import { AppError, stateError } from '@shared/errors';
import { resolvePolicy } from '@shared/rules/policy';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { ApplicationDoc, BookingDoc, ResourceDoc, SlotDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import { retryOnce } from '../../db/retry';
import { derivedId } from '../../lib/ids';
import type { Deps } from '../../deps';
import { newBooking } from '../booking/build';
import { bookingWants, holderOf, releaseClaims, takeClaims, type TakenClaims } from '../booking/claims';
import { noticeData } from '../booking/noticeData';
import { bookingView } from '../booking/view';
import { requireResource, requireSlot } from '../catalog/repository';
import { sendNotice } from '../notice/send';
import { requireOwnApplication } from './repository';

interface Prepared {
  slot: SlotDoc;
  resource: ResourceDoc;
  claims: TakenClaims;
}

/** The slot, the resource and the day's claims for the booking (claims already held by it count as taken). */
async function prepare(deps: Deps, app: ApplicationDoc, bookingId: string): Promise<Prepared> {
  const slot = await requireSlot(deps.db, app.slotId);
  // A winner the close's sweep has not reached yet must not book into the closed slot.
  if (slot.cancelled) throw stateError('slot_cancelled', '该时段已被场馆取消，报名已失效');
  const resource = await requireResource(deps.db, app.resourceId);
  const policy = resolvePolicy(resource.policy);
  const wants = bookingWants(app.attendees, app.openid, resource._id, slot.date, policy);
  return { slot, resource, claims: await takeClaims(deps, wants, holderOf(bookingId), policy) };
}

/**
 * Writes the booking of a confirmed application once, however often it is called (a concurrent confirm,
 * or a later call finishing an interrupted one, which prepares it again), then the steps after it.
 */
async function writeBooking(
  deps: Deps,
  app: ApplicationDoc,
  bookingId: string,
  prepared?: Prepared,
): Promise<BookingDoc> {
  const stored = async () =>
    (await deps.db.collection(COLLECTIONS.bookings).doc(bookingId).get()).data as BookingDoc | null;
  let booking = prepared ? null : await stored();
  if (!booking) {
    const { slot, resource, claims } = prepared ?? (await prepare(deps, app, bookingId));
    const policy = resolvePolicy(resource.policy);
    booking = {
      ...newBooking({
        id: bookingId,
        openid: app.openid,
        slot,
        resource,
        venueName: app.venueName,
        policy,
        attendees: app.attendees,
        claimIds: claims.ids,
        now: deps.clock(),
      }),
      status: 'confirmed',
    };
    try {
      await retryOnce(() => deps.db.collection(COLLECTIONS.bookings).add({ data: booking! }));
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
      booking = (await stored())!;
    }
  }
  // Both repeat harmlessly, so whoever gets here finishes them.
  await releaseClaims(deps, app.claimIds, holderOf(app._id));
  await sendNotice(deps, app.openid, 'booked', noticeData(booking), booking._id);
  return booking;
}

export const confirmLottery: Handler<'lottery.confirm'> = async ({ deps, openid }, input) => {
  const app = await requireOwnApplication(deps, openid, input.applicationId);
  const bookingId = derivedId('b', 'lottery', app._id);
  if (app.status === 'confirmed') return bookingView(await writeBooking(deps, app, bookingId), deps.clock());
  if (app.status === 'cancelled_by_venue') throw stateError('slot_cancelled', '该时段已被场馆取消，报名已失效');
  if (app.status !== 'won') throw stateError('application_not_won', '只有中签的报名可以确认', { status: app.status });
  const now = deps.clock();
  if (now >= app.confirmBy!) throw new AppError('DEADLINE_PASSED', {}, '已超过确认时限');
  // The day's claims first: a person already booked elsewhere that day is refused before anything changes.
  const prepared = await prepare(deps, app, bookingId);
  // Sent again if its answer is lost: the second try then finds it confirmed, which is what matters.
  const res = await retryOnce(() =>
    deps.db
      .collection(COLLECTIONS.applications)
      .where({ _id: app._id, status: 'won' })
      .update({ data: { status: 'confirmed', bookingId, updatedAt: now } }),
  );
  if (res.stats.updated !== 1) {
    const latest = await requireOwnApplication(deps, openid, app._id);
    if (latest.status !== 'confirmed') {
      await prepared.claims.undo();
      throw new AppError('DEADLINE_PASSED', {}, '已超过确认时限');
    }
  }
  // A concurrent confirm of the same application may have written it: the insert is then a duplicate.
  return bookingView(await writeBooking(deps, app, bookingId, prepared), now);
};

// A winner confirms within confirmHours: the application becomes a normal booking (its id derives
// from the application), with the day's claims and the place taken like any booking.
import { AppError } from '@shared/errors';
import { resolvePolicy } from '@shared/rules/policy';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import { isDuplicateKey } from '../../db/errors';
import { derivedId } from '../../lib/ids';
import { newBooking } from '../booking/build';
import { dayClaims, releaseClaims, takeClaims } from '../booking/claims';
import { noticeData } from '../booking/noticeData';
import { takePlaces, untakePlaces } from '../booking/places';
import { requireOwnBooking } from '../booking/repository';
import { bookingView } from '../booking/view';
import { requireResource, requireSlot } from '../catalog/repository';
import { notify } from '../notice/notify';
import { requireOwnApplication } from './repository';

export const confirmLottery: Handler<'lottery.confirm'> = async ({ deps, openid }, input) => {
  const app = await requireOwnApplication(deps, openid, input.applicationId);
  const bookingId = derivedId('b', 'lottery', app._id);
  if (app.status === 'confirmed') return bookingView(await requireOwnBooking(deps.db, openid, bookingId), deps.clock());
  if (app.status !== 'won') throw new AppError('INVALID_STATE', { status: app.status }, '只有中签的报名可以确认');
  const now = deps.clock();
  if (now >= app.confirmBy!) throw new AppError('DEADLINE_PASSED', {}, '已超过确认时限');
  const slot = await requireSlot(deps.db, app.slotId);
  const resource = await requireResource(deps.db, app.resourceId);
  const policy = resolvePolicy(resource.policy);
  const claimIds = await takeClaims(deps, app.attendees, dayClaims(resource._id, slot.date, policy.perIdPerDay), bookingId);
  if (!(await takePlaces(deps.db, slot._id, app.size))) {
    await releaseClaims(deps, claimIds);
    throw new AppError('SLOT_FULL', {}, '名额已满');
  }
  const booking = { ...newBooking({ id: bookingId, openid, slot, resource, venueName: app.venueName, policy, attendees: app.attendees, claimIds, now }), status: 'confirmed' as const };
  try {
    await deps.db.collection(COLLECTIONS.bookings).add({ data: booking });
  } catch (e) {
    await untakePlaces(deps.db, slot._id, app.size);
    if (!isDuplicateKey(e)) {
      await releaseClaims(deps, claimIds);
      throw e;
    }
  }
  await deps.db.collection(COLLECTIONS.applications).where({ _id: app._id, status: 'won' }).update({ data: { status: 'confirmed', bookingId, updatedAt: now } });
  await releaseClaims(deps, app.claimIds);
  await notify(deps, openid, 'booked', noticeData(booking), booking._id);
  return bookingView(booking, now);
};

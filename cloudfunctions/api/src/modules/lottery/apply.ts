// lottery.apply / lottery.withdraw. Applications pass booking's eligibility (booking/eligibility.ts,
// purpose 'apply'): real-name attendees, blocks, the window from the booking opening until the
// lottery's closesAt (exclusive), the size, and the day's bookings. One application per ID number per
// slot across accounts (claims `l:idHash:slot`). The rank is computed now with the secret seed and
// kept server-side until the draw.
import { AppError, stateError } from '@shared/errors';
import { rankOf, weightFor } from '@shared/rules/lottery';
import { DAY_MS } from '@shared/time';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { ApplicationDoc, BookingAttendee } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import { retryOnce } from '../../db/retry';
import { derivedId } from '../../lib/ids';
import type { Deps } from '../../deps';
import {
  assertNotBookedThatDay,
  holderOf,
  lotteryClaimId,
  releaseClaims,
  slotWants,
  takeClaims,
} from '../booking/claims';
import { findVenue } from '../catalog/repository';
import { assertEligible, assertSlotUsable, readRequest } from '../booking/eligibility';
import { requireLottery, requireOwnApplication } from './repository';
import { applicationView } from './views';

/** Draws at the venue in the last 90 days that one of these people entered and lost (docs/lottery.md §3). */
async function recentLosses(deps: Deps, people: BookingAttendee[], venueId: string): Promise<number> {
  const _ = deps.db.command;
  const now = deps.clock();
  const { total } = await deps.db
    .collection(COLLECTIONS.applications)
    .where({
      venueId,
      status: 'applied',
      drawAt: _.gte(now - 90 * DAY_MS).and(_.lt(now)),
      'attendees.idHash': _.in(people.map((p) => p.idHash)),
    })
    .count();
  return total;
}

export const applyLottery: Handler<'lottery.apply'> = async ({ deps, openid, requestId }, input) => {
  const { db } = deps;
  const request = await readRequest(deps, openid, input);
  const { slot, attendees, resource, policy, now } = request;
  const eligibility = { ...request, people: attendees, purpose: 'apply' as const };
  assertSlotUsable(eligibility);
  const lottery = await requireLottery(deps, slot._id);
  await assertEligible(deps, { ...eligibility, closesAt: lottery.closesAt });
  await assertNotBookedThatDay(deps, attendees, resource._id, slot.date, policy.perIdPerDay);

  // Letters and digits only: the id is hashed into the rank (docs/lottery.md §2).
  const id = derivedId('l', openid, requestId ?? '');
  const claims = await takeClaims(
    deps,
    slotWants(attendees, (p) => lotteryClaimId(p.idHash, slot._id)),
    holderOf(id),
  );
  const claimIds = claims.ids;
  const weight = policy.lottery.weightLosses ? weightFor(await recentLosses(deps, attendees, slot.venueId)) : 1;
  const venue = await findVenue(db, slot.venueId);
  const app: ApplicationDoc = {
    _id: id,
    slotId: slot._id,
    venueId: slot.venueId,
    resourceId: resource._id,
    resourceName: resource.name,
    venueName: venue?.name ?? '',
    openid,
    start: slot.start,
    end: slot.end,
    drawAt: lottery.drawAt,
    attendees,
    size: attendees.length,
    weight,
    rank: rankOf(lottery.seed, { id, weight }),
    status: 'applied',
    claimIds,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await retryOnce(() => db.collection(COLLECTIONS.applications).add({ data: app }));
  } catch (e) {
    if (!isDuplicateKey(e)) {
      await claims.undo();
      throw e;
    }
    return applicationView(await requireOwnApplication(deps, openid, id), false);
  }
  // Counted only while the lottery still runs: an apply that read the slot before a close could write
  // its application after the close's sweep passed, and would never be told. It ends itself here.
  const counted = await db
    .collection(COLLECTIONS.lotteries)
    .where({ _id: slot._id, status: db.command.neq('cancelled') })
    .update({ data: { applicants: db.command.inc(1), people: db.command.inc(app.size) } });
  if (counted.stats.updated !== 1) {
    await db
      .collection(COLLECTIONS.applications)
      .where({ _id: id, status: 'applied' })
      .update({ data: { status: 'cancelled_by_venue', updatedAt: now } });
    await claims.undo();
    throw stateError('slot_cancelled', '该时段已被场馆取消');
  }
  return applicationView(app, false);
};

export const withdrawLottery: Handler<'lottery.withdraw'> = async ({ deps, openid }, input) => {
  const app = await requireOwnApplication(deps, openid, input.applicationId);
  const lottery = await requireLottery(deps, app.slotId);
  if (app.status !== 'applied') throw stateError('application_not_applied', '该报名不能撤回', { status: app.status });
  if (deps.clock() >= lottery.closesAt) throw new AppError('DEADLINE_PASSED', {}, '报名已截止，不能撤回');
  const res = await deps.db
    .collection(COLLECTIONS.applications)
    .where({ _id: app._id, status: 'applied' })
    .update({ data: { status: 'withdrawn', updatedAt: deps.clock() } });
  if (res.stats.updated !== 1) throw stateError('changed_meanwhile');
  await releaseClaims(deps, app.claimIds, holderOf(app._id));
  const _ = deps.db.command;
  await deps.db
    .collection(COLLECTIONS.lotteries)
    .doc(app.slotId)
    .update({ data: { applicants: _.inc(-1), people: _.inc(-app.size) } });
  return applicationView({ ...app, status: 'withdrawn' }, false);
};

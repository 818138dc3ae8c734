// booking.change on a booking by the hour: another range of the same resource (seed 004: 如需提前或推迟
// 使用，应至少提前X小时通知), before the change deadline (changeMinutesBefore ahead of the booked start),
// to a range that starts at least as far ahead. Where bookings need approval the new time is approved
// afresh (待审核). Steps:
//   1. check the booking, the deadline and the new range (shape, hours, horizon; no lead working days:
//      the notice period stands in for them);
//   2. reserve the new range in the day ledger under the booking's id: within the day it moves the
//      reservation in the same write, so a change and a new booking racing for one hour cannot both win;
//      a day the venue closed is refused there (INVALID_STATE resource_closed), in the same write;
//   3. move the booking with one conditional state change, recording the old day's reservation as a
//      pending release when the day changes (completed here, or by the completeReleases job);
//   4. if the booking changed meanwhile, put the ledger back to what the booking now says.
import { AppError, isStateError, stateError } from '@shared/errors';
import { intervalProblem, intervalRules, type Range } from '@shared/rules/interval';
import { resolvePolicy } from '@shared/rules/policy';
import { dateOf, MINUTE_MS } from '@shared/time';
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { bookingResource } from '../catalog/repository';
import { settleRelease } from '../booking/release';
import { findBooking } from '../booking/repository';
import { isActive, pendingRelease, transition } from '../booking/transition';
import { rangeFields, shapeRefusal } from './book';
import { releaseReservation, reserve } from './dayLedger';
import { intervalOffers } from './offers';

export async function changeInterval(deps: Deps, booking: BookingDoc, range: Range, changeId: string) {
  if (!booking.interval) throw stateError('not_interval', '该预约请选择新的时段');
  if (!isActive(booking)) throw stateError('booking_not_active', '该预约当前不能改期', { status: booking.status });
  const now = deps.clock();
  if (now >= booking.changeDeadline) throw new AppError('DEADLINE_PASSED', {}, '已超过可调整时间');
  const resource = await bookingResource(deps.db, booking.resourceId);
  const policy = resolvePolicy(resource.policy);
  const rules = { ...intervalRules(policy), leadWorkingDays: 0 };
  const problem = intervalProblem(range, rules, now);
  if (problem?.code === 'INVALID_INPUT') throw shapeRefusal(problem);
  if (problem) throw new AppError(problem.code, { reason: problem.reason }, problem.message);
  const notice = policy.changeMinutesBefore;
  if (range.start - now < notice * MINUTE_MS)
    throw new AppError('BOOKING_CLOSED', { reason: 'too_late' }, `新的开始时间须至少提前${notice}分钟`);
  if (range.start === booking.start && range.end === booking.end) throw stateError('same_slot', '已是该时间');
  const otherDay = dateOf(range.start) !== booking.date;
  if (otherDay && booking.attendees.length > 0)
    throw stateError('change_other_day', '实名预约只能在当天内调整时间，其他日期请取消后重新预约');

  const unit = { _id: resource._id, quantity: policy.interval.quantity };
  const held = await reserve(deps, unit, intervalRules(policy), booking._id, range, { move: true });
  if (!held.ok) {
    const alternatives = await intervalOffers(deps, resource, range, booking.interval.headcount, now);
    throw new AppError('SLOT_FULL', { alternatives }, '该时间已被预约，可选择其他时间或场地');
  }
  // The old day's reservation is given back once the booking has moved (a change within the day moved it).
  const release = otherDay ? pendingRelease(booking, now, []) : undefined;
  try {
    const moved = await transition(
      deps,
      booking,
      {
        ...rangeFields(resource._id, range, policy),
        interval: { ...booking.interval, unit: held.reservation.unit },
        moves: booking.moves + 1,
        status: policy.requiresApproval ? 'pending_approval' : booking.status,
        // A new time is confirmed, reminded and (where asked) confirmed by the applicant afresh.
        confirmBy: undefined,
        confirmedAt: undefined,
        remindedDay: undefined,
        remindedSoon: undefined,
        remindedConfirm: undefined,
        release,
      },
      changeId,
    );
    if (release) await settleRelease(deps, booking._id, release);
    return { ...moved, release: undefined };
  } catch (e) {
    await restoreLedger(deps, booking, range);
    throw e;
  }
}

/**
 * After a lost race: the ledger holds for the booking what the booking now says, or nothing. On a day
 * closed meanwhile nothing is put back: the day's sweep cancels the booking, whose release frees the day.
 */
async function restoreLedger(deps: Deps, booking: BookingDoc, tried: Range): Promise<void> {
  const now = await findBooking(deps.db, booking._id);
  if (dateOf(tried.start) !== now?.date)
    await releaseReservation(deps, booking.resourceId, dateOf(tried.start), booking._id);
  if (!now || !isActive(now) || !now.interval) return;
  const policy = resolvePolicy((await bookingResource(deps.db, now.resourceId)).policy);
  const unit = { _id: now.resourceId, quantity: policy.interval.quantity };
  await reserve(deps, unit, intervalRules(policy), now._id, { start: now.start, end: now.end }, { move: true }).catch(
    (e: unknown) => {
      if (!isStateError(e, 'resource_closed')) throw e;
    },
  );
}

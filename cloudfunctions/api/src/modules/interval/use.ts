// booking.use: the booker starts using a room booked by the hour (seed 004: 按预约时间准时使用), in its
// check-in window: the booking is checked in by its owner ('self'). Using it also confirms an approved
// booking still awaiting confirmation. One conditional state change, as for a staff check-in, so a
// repeat or a staff scan at the same moment checks it in once.
import { AppError, stateError } from '@shared/errors';
import { monthDayTime } from '@shared/dates';
import { toIso } from '@shared/time';
import type { Handler } from '../../context';
import { requireOwnBooking } from '../booking/repository';
import { isRepeat, requestChangeId, transition } from '../booking/transition';
import { bookingView } from '../booking/view';
import { displayName } from '../user/people';
import { mayStartUse } from './usage';

export const useBooking: Handler<'booking.use'> = async ({ deps, openid, requestId }, input) => {
  const booking = await requireOwnBooking(deps.db, openid, input.bookingId);
  const changeId = requestChangeId(booking._id, requestId);
  const now = deps.clock();
  if (isRepeat(booking, changeId)) return bookingView(booking, now);
  if (!booking.interval) throw stateError('not_interval', '该预约请在入口出示入场码核验');
  if (booking.interval.equipment) throw stateError('not_interval', '设备请到管理处领取，由工作人员登记');
  if (booking.status !== 'confirmed')
    throw stateError('booking_not_confirmed', '该预约当前不能开始使用', { status: booking.status });
  if (!mayStartUse(booking, now)) {
    const opensAt = toIso(booking.checkinOpensAt);
    throw new AppError(
      'NOT_IN_CHECKIN_WINDOW',
      { opensAt, closesAt: toIso(booking.end) },
      now < booking.checkinOpensAt ? `${monthDayTime(opensAt)}起可开始使用` : '预约时间已结束',
    );
  }
  const used = await transition(
    deps,
    booking,
    {
      status: 'checked_in',
      checkedInAt: now,
      checkedInBy: openid,
      checkedInByName: booking.booker?.name ?? (await displayName(deps, openid)),
      checkinMethod: 'self',
      presentIds: booking.attendees.map((a) => a.id),
      ...(booking.confirmBy !== undefined && booking.confirmedAt === undefined ? { confirmedAt: now } : {}),
    },
    changeId,
  );
  return bookingView(used, now);
};

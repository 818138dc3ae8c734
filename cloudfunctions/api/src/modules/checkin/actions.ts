import { grantsRole } from '@shared/contract';
import { AppError, stateError } from '@shared/errors';
import { toIso } from '@shared/time';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { findBooking } from '../booking/repository';
import { requireDeskBookingOf } from '../desk/access';
import { loadRoles } from '../user/roles';
import { assertStaffOf, checkIn, readBooking } from './checkIn';
import { checkinBookingView } from './view';

/**
 * The booking whose entry code the caller may show: their own, or a desk booking at a venue they are
 * staff of (the walk-in has no app; the staff phone shows the code). Roles are read only for a desk
 * booking that is not the caller's, so the owner's path costs what it did. A visitor is told NOT_FOUND
 * for it as for anyone's booking; staff of another venue FORBIDDEN, as checkin.manual tells them.
 */
async function passBooking(deps: Deps, openid: string, bookingId: string): Promise<BookingDoc> {
  const booking = await findBooking(deps.db, bookingId);
  if (booking && booking.openid === openid) return booking;
  if (booking?.desk) {
    const roles = await loadRoles(deps.db, openid);
    if (grantsRole(roles, 'staff')) return requireDeskBookingOf(roles, booking, bookingId);
  }
  throw new AppError('NOT_FOUND', { bookingId }, '未找到该预约');
}

/** The visitor's entry code for a confirmed booking: a fresh one every 30 s. */
export const issueEntryToken: Handler<'checkin.token'> = async ({ deps, openid }, input) => {
  const booking = await passBooking(deps, openid, input.bookingId);
  if (booking.status !== 'confirmed')
    throw stateError('booking_not_confirmed', '只有已预约的订单有入场码', { status: booking.status });
  const { token, refreshAt, expiresAt } = deps.tokens.issue(booking._id, deps.clock());
  return { token, refreshAt: toIso(refreshAt), expiresAt: toIso(expiresAt) };
};

export const checkInByScan: Handler<'checkin.scan'> = async ({ deps, openid, roles, requestId, record }, input) => {
  const checked = deps.tokens.check(input.token.trim(), deps.clock());
  if (!checked.ok) throw new AppError(checked.code);
  const booking = await deps.db.collection(COLLECTIONS.bookings).doc(checked.bookingId).get();
  // A valid signature for a booking that does not exist cannot happen unless the key leaked.
  if (!booking.data) throw new AppError('TOKEN_INVALID');
  return checkIn(deps, { openid, roles, requestId: requestId!, record }, booking.data, 'scan');
};

export const checkInByHand: Handler<'checkin.manual'> = async ({ deps, openid, roles, requestId, record }, input) =>
  checkIn(deps, { openid, roles, requestId: requestId!, record }, await readBooking(deps, input.bookingId), 'manual');

/** Staff untick who did not come: those count as no-shows once the slot ends. */
export const saveAttendance: Handler<'checkin.attendance'> = async ({ deps, openid, roles, record }, input) => {
  const booking = await readBooking(deps, input.bookingId);
  assertStaffOf(roles, booking);
  record({ venueId: booking.venueId, target: booking._id });
  if (booking.status !== 'checked_in') throw stateError('not_checked_in', '请先核验入场', { status: booking.status });
  const now = deps.clock();
  if (now >= booking.end)
    throw new AppError('NOT_IN_CHECKIN_WINDOW', { closesAt: toIso(booking.end) }, '该时段已结束，不能修改到场人员');
  const known = new Set(booking.attendees.map((a) => a.id));
  const unknown = input.attendeeIds.filter((id) => !known.has(id));
  if (unknown.length)
    throw new AppError('INVALID_INPUT', {
      fields: [{ path: 'data.attendeeIds', message: '包含不属于该预约的参观人' }],
    });
  const presentIds = [...new Set(input.attendeeIds)];
  const _ = deps.db.command;
  await deps.db
    .collection(COLLECTIONS.bookings)
    .where({ _id: booking._id, status: 'checked_in' })
    .update({
      data: {
        presentIds: _.set(presentIds),
        checkinLog: _.push({ at: now, by: openid, method: 'attendance', presentIds }),
        updatedAt: now,
      },
    });
  return checkinBookingView({ ...booking, presentIds });
};

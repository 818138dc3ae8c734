// The one check-in step, for scans and by hand. The booking changes confirmed → checked_in with one
// conditional update that also appends to its check-in log (who, when, how), so however many staff
// scan one code at the same moment, exactly one checks it in; every other one is told when and by
// whom. Two database operations: read the booking, the conditional update (the staff member's name
// comes from the warm instance's cache after their first scan).
import type { CheckinMethod, CheckinView, RoleGrant } from '@shared/contract';
import { grantsRole } from '@shared/contract';
import { AppError, stateError } from '@shared/errors';
import { clockTime, monthDayTime } from '@shared/dates';
import { toIso } from '@shared/time';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import type { UserContext } from '../../context';
import { checkedInByName, checkinBookingView } from './view';
import { displayName } from '../user/people';

const REFUSED_STATUS: Record<string, string> = {
  cancelled: '该预约已取消',
  cancelled_by_venue: '该预约已被场馆取消',
  rejected: '该预约未通过审核',
  pending_approval: '该预约尚未通过审核',
  no_show: '该预约已过期（未到场）',
};

export async function readBooking(deps: Deps, bookingId: string): Promise<BookingDoc> {
  const { data } = await deps.db.collection(COLLECTIONS.bookings).doc(bookingId).get();
  if (!data) throw new AppError('NOT_FOUND', { bookingId }, '未找到该预约');
  return data as BookingDoc;
}

export function assertStaffOf(roles: RoleGrant[], booking: BookingDoc): void {
  if (!grantsRole(roles, 'staff', booking.venueId))
    throw new AppError('FORBIDDEN', { venueId: booking.venueId }, '这是其他场馆的预约');
}

function alreadyCheckedIn(booking: BookingDoc): AppError {
  const at = toIso(booking.checkedInAt!);
  return new AppError(
    'ALREADY_CHECKED_IN',
    { at, by: checkedInByName(booking), booking: checkinBookingView(booking) },
    `已于${clockTime(at)}由${checkedInByName(booking)}核验入场`,
  );
}

export function answer(booking: BookingDoc): CheckinView {
  return { booking: checkinBookingView(booking), checkedInAt: toIso(booking.checkedInAt!) };
}

export async function checkIn(
  deps: Deps,
  staff: { openid: string; roles: RoleGrant[]; requestId: string; record: UserContext['record'] },
  booking: BookingDoc,
  method: CheckinMethod,
): Promise<CheckinView> {
  assertStaffOf(staff.roles, booking);
  staff.record({ venueId: booking.venueId, target: booking._id });
  if (booking.status === 'checked_in') {
    if (booking.checkinRequestId === staff.requestId) return answer(booking); // a repeat of this very request
    throw alreadyCheckedIn(booking);
  }
  if (booking.status !== 'confirmed')
    throw stateError('booking_not_confirmed', REFUSED_STATUS[booking.status] ?? '该预约当前不能核验', {
      status: booking.status,
    });
  const now = deps.clock();
  if (now < booking.checkinOpensAt || now >= booking.end) {
    const opensAt = toIso(booking.checkinOpensAt);
    throw new AppError(
      'NOT_IN_CHECKIN_WINDOW',
      { opensAt, closesAt: toIso(booking.end) },
      now < booking.checkinOpensAt ? `${monthDayTime(opensAt)}起可核验` : '该时段已结束，不能核验',
    );
  }
  const presentIds = booking.attendees.map((a) => a.id);
  const patch = {
    status: 'checked_in' as const,
    checkedInAt: now,
    checkedInBy: staff.openid,
    // Kept as it was then: the gate shows who checked a code in without reading anyone's profile.
    checkedInByName: await displayName(deps, staff.openid),
    checkinMethod: method,
    checkinRequestId: staff.requestId,
    presentIds,
  };
  const res = await deps.db
    .collection(COLLECTIONS.bookings)
    .where({ _id: booking._id, status: 'confirmed', moves: booking.moves })
    .update({
      data: {
        ...patch,
        presentIds: deps.db.command.set(presentIds),
        checkinLog: deps.db.command.push({ at: now, by: staff.openid, method, presentIds }),
        updatedAt: now,
      },
    });
  if (res.stats.updated === 1) return answer({ ...booking, ...patch });
  // Another scan won the race (or the booking changed): say who and when.
  const latest = await readBooking(deps, booking._id);
  if (latest.status === 'checked_in') {
    if (latest.checkinRequestId === staff.requestId) return answer(latest);
    throw alreadyCheckedIn(latest);
  }
  throw stateError('changed_meanwhile', REFUSED_STATUS[latest.status], { status: latest.status });
}

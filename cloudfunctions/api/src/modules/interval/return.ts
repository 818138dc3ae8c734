// The end of use of a booking by the hour, with the condition the room or item is left in (seed 004:
// 使用完毕后及时归还…如发现资源有损坏或异常情况，应及时向行政部门报告): by the booker (booking.return)
// or by staff taking equipment back (desk.return). One conditional update on "checked in and not yet
// returned" decides between two returns at the same moment; the stamp of this call's change id tells a
// retry whose answer was lost that the return was its own. Damage files a facilities complaint once.
import { stateError } from '@shared/errors';
import type { ActionInput } from '@shared/contract';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { requireOwnBooking } from '../booking/repository';
import { requestChangeId } from '../booking/transition';
import { bookingView } from '../booking/view';
import { assertStaffOf, readBooking } from '../checkin/checkIn';
import { fileDamageReport } from '../complaint/file';

type ReturnInput = ActionInput<'booking.return'>;

async function recordReturn(
  deps: Deps,
  booking: BookingDoc,
  by: { openid: string; byBooker: boolean },
  input: ReturnInput,
  changeId: string,
): Promise<BookingDoc> {
  if (booking.returned?.changeId === changeId) return booking;
  if (!booking.interval) throw stateError('not_interval', '该预约无需归还登记');
  if (booking.returned) throw stateError('already_returned', '已登记归还', { status: booking.status });
  if (booking.status !== 'checked_in')
    throw stateError('not_in_use', '尚未开始使用，不能登记归还', { status: booking.status });
  const returned: NonNullable<BookingDoc['returned']> = {
    at: deps.clock(),
    by: by.openid,
    condition: input.condition,
    ...(input.note ? { note: input.note } : {}),
    ...(input.photos?.length ? { photos: input.photos } : {}),
    changeId,
  };
  const _ = deps.db.command;
  const bookings = deps.db.collection(COLLECTIONS.bookings);
  const res = await bookings
    .where({ _id: booking._id, status: 'checked_in', returned: _.exists(false) })
    .update({ data: { returned: _.set(returned), unreturned: _.remove(), updatedAt: returned.at } });
  if (res.stats.updated !== 1) {
    const now = (await bookings.doc(booking._id).get()).data as BookingDoc;
    if (now.returned?.changeId !== changeId) throw stateError('already_returned', '已登记归还');
  }
  const done: BookingDoc = { ...booking, returned, unreturned: undefined };
  if (input.condition === 'damaged')
    await fileDamageReport(deps, done, {
      by: by.openid,
      byBooker: by.byBooker,
      note: input.note ?? '',
      photos: input.photos ?? [],
    });
  return done;
}

export const returnBooking: Handler<'booking.return'> = async ({ deps, openid, requestId }, input) => {
  const booking = await requireOwnBooking(deps.db, openid, input.bookingId);
  const changeId = requestChangeId(booking._id, requestId);
  const done = await recordReturn(deps, booking, { openid, byBooker: true }, input, changeId);
  return bookingView(done, deps.clock());
};

export const deskReturn: Handler<'desk.return'> = async ({ deps, openid, roles, record, requestId }, input) => {
  const booking = await readBooking(deps, input.bookingId);
  assertStaffOf(roles, booking);
  const changeId = requestChangeId(booking._id, requestId);
  const done = await recordReturn(deps, booking, { openid, byBooker: false }, input, changeId);
  record({ venueId: booking.venueId, target: booking._id, detail: { condition: input.condition } });
  return bookingView(done, deps.clock());
};

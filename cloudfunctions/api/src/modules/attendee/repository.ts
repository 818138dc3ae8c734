import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { BookingAttendee } from '../../db/docs';
import { bookingAttendee } from '../booking/build';
import type { AttendeeDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import type { Db } from '../../deps';

/** An account holds at most this many attendees (family and friends). */
export const MAX_ATTENDEES_PER_ACCOUNT = 20;

export function listOwnAttendees(db: Db, openid: string): Promise<AttendeeDoc[]> {
  return readAll<AttendeeDoc>(
    db.collection(COLLECTIONS.attendees).where({ openid }).orderBy('createdAt', 'asc'),
    MAX_ATTENDEES_PER_ACCOUNT,
  );
}

/** The caller's attendees with these ids; others' attendees are simply not found. */
export async function findOwnAttendees(db: Db, openid: string, ids: string[]): Promise<AttendeeDoc[]> {
  const { data } = await db
    .collection(COLLECTIONS.attendees)
    .where({ openid, _id: db.command.in(ids) })
    .limit(ids.length)
    .get();
  return data as AttendeeDoc[];
}

/** The caller's attendees with these ids, in the order given; NOT_FOUND names the missing ones. */
export async function requireOwnAttendees(db: Db, openid: string, ids: string[]): Promise<BookingAttendee[]> {
  const found = await findOwnAttendees(db, openid, ids);
  const missing = ids.filter((id) => !found.some((a) => a._id === id));
  if (missing.length) throw new AppError('NOT_FOUND', { attendeeIds: missing }, '未找到所选参观人，请刷新后重试');
  return ids.map((id) => bookingAttendee(found.find((a) => a._id === id)!));
}

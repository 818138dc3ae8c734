// Reminders: the day before (from 24 hours ahead) and shortly before (from 30 minutes ahead), once each
// per booking that is still confirmed. The notice is keyed by booking and reminder, and the booking is
// marked after it, so a run stopped in between repeats the notice harmlessly and the next run moves on
// (resumable: what is left is exactly the unmarked bookings in the window).
import { HOUR_MS, MINUTE_MS } from '@shared/time';
import { COLLECTIONS } from '../db/schema';
import type { BookingDoc } from '../db/docs';
import type { Deps } from '../deps';
import { noticeData } from '../modules/booking/noticeData';
import { sendNotice } from '../modules/notice/send';
import type { Job } from './job';

const BATCH = 100;

export const REMINDERS = [
  { flag: 'remindedDay', ahead: 24 * HOUR_MS },
  { flag: 'remindedSoon', ahead: 30 * MINUTE_MS },
] as const;

async function remind(deps: Deps, flag: (typeof REMINDERS)[number]['flag'], ahead: number): Promise<number> {
  const _ = deps.db.command;
  const now = deps.clock();
  const { data } = await deps.db
    .collection(COLLECTIONS.bookings)
    .where({ status: 'confirmed', start: _.and(_.gt(now), _.lte(now + ahead)), [flag]: _.neq(true) })
    .orderBy('start', 'asc')
    .limit(BATCH)
    .get();
  for (const b of data as BookingDoc[]) {
    await sendNotice(deps, b.openid, 'reminder', noticeData(b), `${b._id}:${flag}`);
    await deps.db
      .collection(COLLECTIONS.bookings)
      .doc(b._id)
      .update({ data: { [flag]: true } });
  }
  return data.length;
}

export const remindBookings: Job = {
  name: 'remindBookings',
  async run(deps) {
    let found = 0;
    for (const { flag, ahead } of REMINDERS) found += await remind(deps, flag, ahead);
    return { worked: found > 0 };
  },
};

// Approved bookings by the hour awaiting the applicant's confirmation (booking/confirmation.ts): a
// reminder from REMIND_BEFORE ahead of confirmBy, once; at confirmBy the booking lapses, its time given
// back. The lapse is a conditional state change, so a confirmation at the same moment, or two runs, end
// it once; the notices are keyed by booking. Resumable: what is left is exactly what the queries find.
import { HOUR_MS } from '@shared/time';
import { COLLECTIONS } from '../db/schema';
import type { BookingDoc } from '../db/docs';
import type { Deps } from '../deps';
import { noticeData } from '../modules/booking/noticeData';
import { settleRelease } from '../modules/booking/release';
import { nullIfChangedMeanwhile, pendingRelease, transition } from '../modules/booking/transition';
import { sendNotice } from '../modules/notice/send';
import type { Job } from './job';

const BATCH = 50;
export const REMIND_BEFORE = 2 * HOUR_MS;
export const LAPSED_REASON = '未在规定时间内确认，已自动释放';

function awaiting(deps: Deps, confirmBy: unknown, extra: Record<string, unknown> = {}) {
  const _ = deps.db.command;
  return deps.db
    .collection(COLLECTIONS.bookings)
    .where({ status: 'confirmed', confirmBy, confirmedAt: _.exists(false), ...extra })
    .orderBy('confirmBy', 'asc')
    .limit(BATCH)
    .get();
}

async function remind(deps: Deps): Promise<number> {
  const _ = deps.db.command;
  const now = deps.clock();
  const { data } = await awaiting(deps, _.and(_.gt(now), _.lte(now + REMIND_BEFORE)), {
    remindedConfirm: _.neq(true),
  });
  for (const b of data as BookingDoc[]) {
    await sendNotice(deps, b.openid, 'confirm_reminder', noticeData(b), `${b._id}:confirm`);
    await deps.db
      .collection(COLLECTIONS.bookings)
      .doc(b._id)
      .update({ data: { remindedConfirm: true } });
  }
  return data.length;
}

async function lapse(deps: Deps): Promise<number> {
  const now = deps.clock();
  const { data } = await awaiting(deps, deps.db.command.lte(now));
  for (const booking of data as BookingDoc[]) {
    const release = pendingRelease(booking, now);
    const lapsed = await transition(deps, booking, { status: 'cancelled', reason: LAPSED_REASON, release }).catch(
      nullIfChangedMeanwhile,
    );
    if (!lapsed) continue;
    await settleRelease(deps, booking._id, release);
    await sendNotice(deps, booking.openid, 'lapsed', noticeData(lapsed, { reason: LAPSED_REASON }), booking._id);
  }
  return data.length;
}

export const lapseUnconfirmed: Job = {
  name: 'lapseUnconfirmed',
  async run(deps) {
    const found = (await lapse(deps)) + (await remind(deps));
    return { worked: found > 0 };
  },
};

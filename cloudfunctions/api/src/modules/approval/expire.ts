// A booking still pending_approval when its slot starts can no longer be approved (review.ts), so it
// ends there rather than linger in the managers' queue holding its places and claims: rejected, with
// the reason, its places and claims given back, the visitor told. Rejected, not a status of its own:
// for the visitor it is a booking the venue did not approve, and it counts as no no-show.
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { noticeData } from '../booking/noticeData';
import { settleRelease } from '../booking/release';
import { nullIfChangedMeanwhile, pendingRelease, transition } from '../booking/transition';
import { sendNotice } from '../notice/send';

const BATCH = 50;
const EXPIRED_REASON = '场馆未在时段开始前完成审核';

/**
 * One batch; true when it found work. Each change is conditional on the booking's state, so a manager's
 * reject at the same moment, or two runs, end it once; the notice is keyed like a manager's reject.
 */
export async function expirePendingApprovals(deps: Deps): Promise<boolean> {
  const now = deps.clock();
  const { data } = await deps.db
    .collection(COLLECTIONS.bookings)
    .where({ status: 'pending_approval', start: deps.db.command.lte(now) })
    .orderBy('start', 'asc')
    .limit(BATCH)
    .get();
  for (const booking of data as BookingDoc[]) {
    const release = pendingRelease(booking, now);
    const rejected = await transition(deps, booking, { status: 'rejected', reason: EXPIRED_REASON, release }).catch(
      nullIfChangedMeanwhile,
    );
    if (!rejected) continue;
    await settleRelease(deps, booking._id, release);
    await sendNotice(deps, booking.openid, 'rejected', noticeData(rejected, { reason: EXPIRED_REASON }), booking._id);
  }
  return data.length > 0;
}

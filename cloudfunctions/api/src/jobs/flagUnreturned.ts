// Equipment handed out and not returned by the end of its booking is flagged (seed 004: 使用完毕后及时
// 归还): the booking shows 未归还 to the booker and in the resource's register until someone records
// the return, and the booker is told once. The flag is set only while no return is recorded, so a
// return at the same moment wins; the notice is keyed by booking.
import { COLLECTIONS } from '../db/schema';
import type { BookingDoc } from '../db/docs';
import { noticeData } from '../modules/booking/noticeData';
import { sendNotice } from '../modules/notice/send';
import type { Job } from './job';

const BATCH = 100;

export const flagUnreturned: Job = {
  name: 'flagUnreturned',
  async run(deps) {
    const _ = deps.db.command;
    const bookings = deps.db.collection(COLLECTIONS.bookings);
    const { data } = await bookings
      .where({
        status: 'checked_in',
        end: _.lte(deps.clock()),
        'interval.equipment': true,
        returned: _.exists(false),
        unreturned: _.neq(true),
      })
      .orderBy('end', 'asc')
      .limit(BATCH)
      .get();
    for (const b of data as BookingDoc[]) {
      const res = await bookings
        .where({ _id: b._id, returned: _.exists(false) })
        .update({ data: { unreturned: true } });
      if (res.stats.updated === 1)
        await sendNotice(deps, b.openid, 'return_overdue', noticeData(b), `${b._id}:unreturned`);
    }
    return { worked: data.length > 0 };
  },
};

// waitlist.join: a full slot's queue, with the same eligibility as booking. The entry's place in line
// comes from an atomic push onto the slot's queue. A person waits at most once per slot (claims), and
// not for a day they already hold a booking for.
import { stateError } from '@shared/errors';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { WaitEntryDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import { retryOnce } from '../../db/retry';
import { derivedId } from '../../lib/ids';
import { findVenue } from '../catalog/repository';
import { requireLottery } from '../lottery/repository';
import { assertNotBookedThatDay, holderOf, slotWants, takeClaims, waitClaimId } from '../booking/claims';
import { eligibleRequest } from '../booking/eligibility';
import { noticeData } from '../booking/noticeData';
import { sendNotice } from '../notice/send';
import { promoteWaitlist } from './promote';
import { enqueue } from './queue';
import { positionOf } from './transition';
import { waitEntryView } from './view';

export const joinWaitlist: Handler<'waitlist.join'> = async ({ deps, openid, requestId }, input) => {
  const { db } = deps;
  const { slot, attendees, resource, policy, now } = await eligibleRequest(deps, openid, input, 'wait');
  // A freed seat is one seat somewhere: a waiting group could not be seated together, nor choose.
  if (resource.seatMap) throw stateError('seated_session', '选座场次不设候补，请留意退票释放的座位');
  if (resource.allocation === 'lottery') {
    // After the draw only: places left over or given up by winners are served from here.
    if ((await requireLottery(deps, slot._id)).status !== 'drawn')
      throw stateError('lottery_not_drawn', '开奖后才能加入候补');
  } else if (slot.remaining >= attendees.length) {
    throw stateError('slot_has_places', '该时段尚有余位，请直接预约', { remaining: slot.remaining });
  }
  await assertNotBookedThatDay(deps, attendees, resource._id, slot.date, policy.perIdPerDay);

  const entryId = derivedId('w', openid, requestId ?? '');
  const claims = await takeClaims(
    deps,
    slotWants(attendees, (p) => waitClaimId(p.idHash, slot._id)),
    holderOf(entryId),
  );
  const claimIds = claims.ids;
  const venue = await findVenue(db, slot.venueId);
  // The place in line first: an id in the queue without its entry is harmless; an entry without a
  // place in line could not be ordered.
  const seq = await enqueue(deps, slot._id, entryId);
  const entry: WaitEntryDoc = {
    _id: entryId,
    openid,
    slotId: slot._id,
    resourceId: resource._id,
    venueId: slot.venueId,
    resourceName: resource.name,
    venueName: venue?.name ?? '',
    date: slot.date,
    start: slot.start,
    end: slot.end,
    status: 'waiting',
    seq,
    attendees,
    claimIds,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await retryOnce(() => db.collection(COLLECTIONS.waitlist).add({ data: entry }));
  } catch (e) {
    if (!isDuplicateKey(e)) {
      await claims.undo();
      throw e;
    }
  }
  await db
    .collection(COLLECTIONS.slots)
    .doc(slot._id)
    .update({ data: { waiting: db.command.inc(attendees.length) } });
  await sendNotice(deps, openid, 'waitlist_joined', noticeData(entry), entryId);
  // A place may have been freed while this entry was being written.
  await promoteWaitlist(deps, slot._id);
  const latest = ((await db.collection(COLLECTIONS.waitlist).doc(entryId).get()).data as WaitEntryDoc | null) ?? entry;
  return waitEntryView(latest, await positionOf(deps, latest));
};

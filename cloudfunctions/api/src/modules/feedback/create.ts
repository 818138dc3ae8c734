// Rating a visit: from check-in on, once per booking (the feedback id derives from the booking).
import { stateError } from '@shared/errors';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { FeedbackDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import { derivedId } from '../../lib/ids';
import { requireOwnBooking } from '../booking/repository';
import { feedbackView } from './view';

export const createFeedback: Handler<'feedback.create'> = async ({ deps, openid }, input) => {
  const booking = await requireOwnBooking(deps.db, openid, input.bookingId);
  if (booking.status !== 'checked_in')
    throw stateError('not_checked_in', '入场核验后才能评价', { status: booking.status });
  const doc: FeedbackDoc = {
    _id: derivedId('f', booking._id),
    bookingId: booking._id,
    openid,
    venueId: booking.venueId,
    resourceId: booking.resourceId,
    experience: input.experience,
    exhibitCondition: input.exhibitCondition,
    service: input.service,
    ...(input.comment ? { comment: input.comment } : {}),
    createdAt: deps.clock(),
  };
  try {
    await deps.db.collection(COLLECTIONS.feedback).add({ data: doc });
  } catch (e) {
    if (isDuplicateKey(e)) throw stateError('already_rated', '该预约已评价');
    throw e;
  }
  await deps.db
    .collection(COLLECTIONS.bookings)
    .doc(booking._id)
    .update({ data: { rated: true } });
  return feedbackView(doc);
};

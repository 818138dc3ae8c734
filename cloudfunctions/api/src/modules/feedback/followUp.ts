// admin.feedback.followUp: a manager of the rating's venue notes how a low rating was followed up
// (called back, put right). A later note replaces the earlier one; both calls stay in the audit trail.
import { grantsRole, LOW_RATING } from '@shared/contract';
import { AppError, stateError } from '@shared/errors';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { FeedbackDoc } from '../../db/docs';
import { feedbackRecordViews, isLowRating } from './records';

export const followUpFeedback: Handler<'admin.feedback.followUp'> = async ({ deps, openid, roles, record }, input) => {
  const ratings = deps.db.collection(COLLECTIONS.feedback);
  const { data } = await ratings.doc(input.feedbackId).get();
  const doc = data as FeedbackDoc | null;
  if (!doc) throw new AppError('NOT_FOUND', { feedbackId: input.feedbackId }, '未找到该评价');
  if (!grantsRole(roles, 'manager', doc.venueId)) throw new AppError('FORBIDDEN', { venueId: doc.venueId });
  if (!isLowRating(doc)) throw stateError('rating_not_low', `仅最低分不高于${LOW_RATING}分的评价需要回访`);
  // Scores never change once given, so the check above cannot go stale; two managers noting at once
  // is last-write-wins on the note, which is what a replaceable note means.
  const followUp = { note: input.note, at: deps.clock(), by: openid };
  await ratings.doc(doc._id).update({ data: { followUp: deps.db.command.set(followUp) } });
  record({ venueId: doc.venueId, target: doc._id });
  const [view] = await feedbackRecordViews(deps, [{ ...doc, followUp }]);
  return view;
};

import type { FeedbackView } from '@shared/contract';
import { toIso } from '@shared/time';
import { COLLECTIONS } from '../../db/schema';
import type { FeedbackDoc } from '../../db/docs';
import { derivedId } from '../../lib/ids';
import type { Deps } from '../../deps';

export function feedbackView(d: FeedbackDoc): FeedbackView {
  const { _id, bookingId, experience, exhibitCondition, service, comment, createdAt } = d;
  return {
    id: _id,
    bookingId,
    experience,
    exhibitCondition,
    service,
    ...(comment ? { comment } : {}),
    createdAt: toIso(createdAt),
  };
}

export async function findFeedback(deps: Deps, bookingId: string): Promise<FeedbackView | undefined> {
  const { data } = await deps.db.collection(COLLECTIONS.feedback).doc(derivedId('f', bookingId)).get();
  return data ? feedbackView(data as FeedbackDoc) : undefined;
}

// Ratings as managers see them: the visit (item and time, from the booking) beside the scores, and the
// follow-up of a low one. The visitor is not shown: neither their OpenID nor the booking's attendees.
import { LOW_RATING, type FeedbackRecordView } from '@shared/contract';
import { toIso } from '@shared/time';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc, FeedbackDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { loadPeople } from '../user/people';
import { feedbackView } from './view';

type Visit = Pick<BookingDoc, '_id' | 'resourceName' | 'start'>;

export const lowestScore = (d: Pick<FeedbackDoc, 'experience' | 'exhibitCondition' | 'service'>): number =>
  Math.min(d.experience, d.exhibitCondition, d.service);

export const isLowRating = (d: FeedbackDoc): boolean => lowestScore(d) <= LOW_RATING;

/** The visits of some ratings: one `_.in` read of their bookings, only the fields shown. */
async function loadVisits(deps: Deps, docs: FeedbackDoc[]): Promise<Map<string, Visit>> {
  const ids = [...new Set(docs.map((d) => d.bookingId))];
  const visits = new Map<string, Visit>();
  // A page is at most 21 ratings: one read of at most 100 covers it.
  for (let i = 0; i < ids.length; i += 100) {
    const { data } = await deps.db
      .collection(COLLECTIONS.bookings)
      .where({ _id: deps.db.command.in(ids.slice(i, i + 100)) })
      .field({ resourceName: true, start: true })
      .limit(100)
      .get();
    for (const b of data as Visit[]) visits.set(b._id, b);
  }
  return visits;
}

/** Views of a page of ratings, in their order. */
export async function feedbackRecordViews(deps: Deps, docs: FeedbackDoc[]): Promise<FeedbackRecordView[]> {
  const notedBy = docs.flatMap((d) => (d.followUp ? [d.followUp.by] : []));
  const [visits, people] = await Promise.all([loadVisits(deps, docs), loadPeople(deps, notedBy)]);
  return docs.map((d) => {
    const visit = visits.get(d.bookingId);
    // Bookings are never deleted (a cancelled one stays), and a rating is made from its booking: one
    // missing is a broken invariant, answered INTERNAL with a trace rather than shown half empty.
    if (!visit) throw new Error(`feedback ${d._id} has no booking ${d.bookingId}`);
    const lowest = lowestScore(d);
    return {
      ...feedbackView(d),
      venueId: d.venueId,
      resourceId: d.resourceId,
      resourceName: visit.resourceName,
      start: toIso(visit.start),
      lowest,
      // Pending: a low rating nobody has followed up yet.
      needsFollowUp: lowest <= LOW_RATING && !d.followUp,
      ...(d.followUp
        ? { followUp: { note: d.followUp.note, at: toIso(d.followUp.at), by: people.get(d.followUp.by)! } }
        : {}),
    };
  });
}

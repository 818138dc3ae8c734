// admin.feedback.list: the ratings of the manager's venues, newest first, 20 a page. The period is of
// business dates on when the rating was made; maxScore keeps those whose lowest score is at most it.
import { grantsRole } from '@shared/contract';
import { AppError } from '@shared/errors';
import { addDays, atLocal } from '@shared/time';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { FeedbackDoc } from '../../db/docs';
import { managedVenueFilter } from '../admin/scope';
import { feedbackRecordViews } from './records';

export { followUpFeedback } from './followUp';

const PAGE = 20;

/**
 * The cursor is the last item's (createdAt, _id), the order's own key: a rating made meanwhile is
 * newer than every page already read, so paging on neither skips nor repeats one (an offset would).
 */
const cursorOf = (d: FeedbackDoc) => `${d.createdAt}.${d._id}`;

function parseCursor(after: string): { at: number; id: string } {
  const m = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/.exec(after);
  if (!m) throw new AppError('INVALID_INPUT', { fields: [{ path: 'data.after', message: '翻页参数无效' }] });
  return { at: Number(m[1]), id: m[2] };
}

export const listFeedback: Handler<'admin.feedback.list'> = async ({ deps, roles }, input) => {
  if (input.venueId && !grantsRole(roles, 'manager', input.venueId))
    throw new AppError('FORBIDDEN', { venueId: input.venueId });
  const _ = deps.db.command;
  const since = input.from ? [_.gte(atLocal(input.from))] : [];
  const until = input.to ? [_.lt(atLocal(addDays(input.to, 1)))] : [];
  const period = [...since, ...until];
  const base = {
    ...managedVenueFilter(deps, roles, input.venueId),
    ...(period.length ? { createdAt: period.length === 1 ? period[0] : _.and(...period) } : {}),
  };
  const alternatives: unknown[] = [];
  if (input.maxScore !== undefined) {
    const low = _.lte(input.maxScore);
    alternatives.push(_.or([{ experience: low }, { exhibitCondition: low }, { service: low }]));
  }
  if (input.after) {
    const c = parseCursor(input.after);
    alternatives.push(_.or([{ createdAt: _.lt(c.at) }, { createdAt: c.at, _id: _.lt(c.id) }]));
  }
  const { data } = await deps.db
    .collection(COLLECTIONS.feedback)
    .where(alternatives.length ? _.and([base, ...alternatives]) : base)
    .orderBy('createdAt', 'desc')
    .orderBy('_id', 'desc')
    .limit(PAGE + 1)
    .get();
  const docs = (data as FeedbackDoc[]).slice(0, PAGE);
  const items = await feedbackRecordViews(deps, docs);
  return { items, ...(data.length > PAGE ? { next: cursorOf(docs[PAGE - 1]) } : {}) };
};

// Monthly statistics for the desk and the leadership group: complaints filed that month (Asia/Shanghai)
// by category and department, how many breached a deadline, were reopened, and ended satisfied, next
// to the post-visit ratings given that month.
import { AppError } from '@shared/errors';
import { COMPLAINT_CATEGORIES, grantsRole } from '@shared/contract';
import { addMonths, atLocal } from '@shared/time';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { ComplaintDoc, FeedbackDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import { managedVenueFilter } from '../admin/scope';
import { allDepartments } from './departments';

const MAX = 10_000;
const share = (part: number, whole: number) => (whole ? part / whole : null);
const average = (xs: number[]) =>
  xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null;

function monthRange(month: string): [number, number] {
  return [atLocal(`${month}-01`), atLocal(`${addMonths(month, 1)}-01`)];
}

export const complaintStats: Handler<'complaint.stats'> = async ({ deps, roles }, input) => {
  if (input.venueId && !grantsRole(roles, 'manager', input.venueId))
    throw new AppError('FORBIDDEN', { venueId: input.venueId });
  const _ = deps.db.command;
  const [from, to] = monthRange(input.month);
  const scope = managedVenueFilter(deps, roles, input.venueId);
  const inMonth = _.and(_.gte(from), _.lt(to));
  const complaints = await readAll<ComplaintDoc>(
    deps.db
      .collection(COLLECTIONS.complaints)
      .where({ ...scope, createdAt: inMonth })
      .orderBy('createdAt', 'asc')
      .orderBy('_id', 'asc'),
    MAX,
  );
  const ratings = await readAll<FeedbackDoc>(
    deps.db
      .collection(COLLECTIONS.feedback)
      .where({ ...scope, createdAt: inMonth })
      .orderBy('createdAt', 'asc')
      .orderBy('_id', 'asc'),
    MAX,
  );
  const departments = await allDepartments(deps);
  const answered = complaints.filter((c) => c.satisfied !== undefined);
  return {
    month: input.month,
    total: complaints.length,
    byCategory: COMPLAINT_CATEGORIES.map((category) => ({
      category,
      count: complaints.filter((c) => c.category === category).length,
    })),
    byDepartment: departments
      .filter((d) => !d.receiving)
      .map((d) => {
        const theirs = complaints.filter((c) => c.departmentId === d._id);
        return {
          departmentId: d._id,
          name: d.name,
          count: theirs.length,
          breached: theirs.filter((c) => c.breaches > 0).length,
        };
      }),
    breachRate: share(complaints.filter((c) => c.breaches > 0).length, complaints.length),
    reopenRate: share(complaints.filter((c) => c.reopens > 0).length, complaints.length),
    satisfaction: share(answered.filter((c) => c.satisfied).length, answered.length),
    ratings: {
      count: ratings.length,
      experience: average(ratings.map((r) => r.experience)),
      exhibitCondition: average(ratings.map((r) => r.exhibitCondition)),
      service: average(ratings.map((r) => r.service)),
    },
  };
};

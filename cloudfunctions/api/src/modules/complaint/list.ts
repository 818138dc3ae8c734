// complaint.list: `mine` is the caller's own complaints; `queue` is what the caller handles — every
// complaint of their venues for the desk, their department's for a handler — soonest deadline first,
// breached ones on top, filtered by status, category and department; a list shows contacts and names masked.
// complaint.get: one, if visible, with the full contact for those who call back (view.ts).
import { AppError } from '@shared/errors';
import { grantsRole } from '@shared/contract';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { ComplaintDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import { managedVenues } from '../admin/scope';
import { loadRoles } from '../user/roles';
import { requireComplaint, standingsOf } from './access';
import { allDepartments, handlerDepartments } from './departments';
import { complaintAnswer, complaintView } from './view';

const QUEUE_MAX = 500;

/** Soonest deadline first; complaints with nothing awaited last, newest first among them. */
function byTimeLeft(a: ComplaintDoc, b: ComplaintDoc): number {
  const da = a.deadline?.due ?? Infinity;
  const db = b.deadline?.due ?? Infinity;
  return da !== db ? da - db : b.createdAt - a.createdAt;
}

export const listComplaints: Handler<'complaint.list'> = async ({ deps, openid }, input) => {
  const _ = deps.db.command;
  const filters = {
    ...(input.status ? { status: input.status } : {}),
    ...(input.category ? { category: input.category } : {}),
  };
  const roles = await loadRoles(deps.db, openid);
  let docs: ComplaintDoc[];
  if (input.view === 'mine') {
    docs = await readAll<ComplaintDoc>(
      deps.db
        .collection(COLLECTIONS.complaints)
        .where({ openid, ...filters })
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'asc'),
      QUEUE_MAX,
    );
  } else if (grantsRole(roles, 'manager')) {
    // As isDesk: the venues managed, and the complaints with no venue only for grants for every venue.
    const venues = managedVenues(roles);
    const scope = venues === null ? {} : { venueId: _.in(venues) };
    docs = await readAll<ComplaintDoc>(
      deps.db
        .collection(COLLECTIONS.complaints)
        .where({ ...scope, ...filters, ...(input.departmentId ? { departmentId: input.departmentId } : {}) })
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'asc'),
      QUEUE_MAX,
    );
  } else {
    const mine = handlerDepartments(roles);
    if (!mine.length) throw new AppError('FORBIDDEN');
    if (input.departmentId && !mine.includes(input.departmentId))
      throw new AppError('FORBIDDEN', { departmentId: input.departmentId });
    const departmentId = input.departmentId ?? _.in(mine);
    docs = await readAll<ComplaintDoc>(
      deps.db
        .collection(COLLECTIONS.complaints)
        .where({ departmentId, ...filters })
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'asc'),
      QUEUE_MAX,
    );
  }
  if (input.view === 'queue') docs.sort(byTimeLeft);
  const departments = new Map((await allDepartments(deps)).map((d) => [d._id, d]));
  return docs.map((c) => complaintView(deps, c, standingsOf(c, openid, roles), departments, 'masked'));
};

export const getComplaint: Handler<'complaint.get'> = async ({ deps, openid }, input) => {
  const { complaint, standings } = await requireComplaint(deps, openid, input.complaintId);
  return complaintAnswer(deps, complaint, standings, 'full');
};

// admin.audit.list: what staff and managers did, newest first, 20 a page. A manager bound to venues
// reads the entries of those venues only; one for every venue (or the leadership group) reads all,
// entries without a venue (roles, departments, set-up) included.
import { AppError } from '@shared/errors';
import { toIso } from '@shared/time';
import type { AuditEntryView } from '@shared/contract';
import type { Handler } from '../../context';
import { encodeCursor, pageWhere, periodCondition } from '../../db/cursor';
import { COLLECTIONS } from '../../db/schema';
import type { AuditDoc } from '../../db/docs';
import { managedVenues } from '../admin/scope';
import { loadPeople, openRef } from '../user/people';

export const AUDIT_PAGE = 20;

export const listAudit: Handler<'admin.audit.list'> = async ({ deps, roles }, input) => {
  const _ = deps.db.command;
  const venues = managedVenues(roles);
  if (input.venueId && venues && !venues.includes(input.venueId)) throw new AppError('FORBIDDEN');
  const base: Record<string, unknown> = {};
  if (input.venueId) base.venueId = input.venueId;
  else if (venues) base.venueId = _.in(venues);
  if (input.actorRef) {
    const actor = openRef(deps, input.actorRef);
    if (!actor) throw new AppError('NOT_FOUND', { actorRef: input.actorRef }, '未找到该人员');
    base.actor = actor;
  }
  if (input.action) base.action = input.action;
  const period = periodCondition(deps.db, input.from, input.to);
  if (period) base.at = period;

  const { data } = await deps.db
    .collection(COLLECTIONS.audit)
    .where(pageWhere(deps.db, base, 'at', input.after) as Record<string, unknown>)
    .orderBy('at', 'desc')
    .orderBy('_id', 'desc')
    .limit(AUDIT_PAGE + 1)
    .get();
  // Every stored entry has an id (the database gives one when the writer did not).
  const docs = (data as (AuditDoc & { _id: string })[]).slice(0, AUDIT_PAGE);
  const people = await loadPeople(
    deps,
    docs.map((d) => d.actor),
  );
  const items: AuditEntryView[] = docs.map((d) => ({
    id: d._id,
    at: toIso(d.at),
    actor: people.get(d.actor)!,
    action: d.action,
    ...(d.venueId ? { venueId: d.venueId } : {}),
    ...(d.target ? { target: d.target } : {}),
    ...(d.detail ? { detail: d.detail } : {}),
  }));
  const last = docs[docs.length - 1];
  return data.length > AUDIT_PAGE && last ? { items, next: encodeCursor(last.at, last._id) } : { items };
};

import type { InviteView, PersonRef } from '@shared/contract';
import { toIso } from '@shared/time';
import { COLLECTIONS } from '../../db/schema';
import type { InviteDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { loadPeople } from '../user/people';

/** Names of the documents with these ids (at most 100: a list shows at most 100 invitations). */
async function namesById(deps: Deps, collection: string, ids: (string | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((v): v is string => Boolean(v)))];
  if (!wanted.length) return new Map();
  const { data } = await deps.db
    .collection(collection)
    .where({ _id: deps.db.command.in(wanted) })
    .field({ name: true })
    .limit(100)
    .get();
  return new Map((data as { _id: string; name: string }[]).map((d) => [d._id, d.name]));
}

function inviteView(
  doc: InviteDoc,
  now: number,
  names: { venues: Map<string, string>; departments: Map<string, string>; people: Map<string, PersonRef> },
): InviteView {
  const { role, venueId, departmentId } = doc.grant;
  return {
    id: doc._id,
    role,
    ...(venueId ? { venueId, venueName: names.venues.get(venueId) ?? '' } : {}),
    ...(departmentId ? { departmentId, departmentName: names.departments.get(departmentId) ?? '' } : {}),
    // 'expired' is never stored: nothing has to run at the deadline for the list to say so.
    status: doc.status === 'open' && doc.expiresAt <= now ? 'expired' : doc.status,
    expiresAt: toIso(doc.expiresAt),
    createdAt: toIso(doc.createdAt),
    ...(doc.usedBy ? { usedBy: names.people.get(doc.usedBy)! } : {}),
    ...(doc.usedAt !== undefined ? { usedAt: toIso(doc.usedAt) } : {}),
  };
}

/** Views of invitations, with venue, department and person names read once for all of them. */
export async function inviteViews(deps: Deps, docs: InviteDoc[]): Promise<InviteView[]> {
  const [venues, departments, people] = await Promise.all([
    namesById(
      deps,
      COLLECTIONS.venues,
      docs.map((d) => d.grant.venueId),
    ),
    namesById(
      deps,
      COLLECTIONS.departments,
      docs.map((d) => d.grant.departmentId),
    ),
    loadPeople(
      deps,
      docs.flatMap((d) => (d.usedBy ? [d.usedBy] : [])),
    ),
  ]);
  const now = deps.clock();
  return docs.map((d) => inviteView(d, now, { venues, departments, people }));
}

import { grantsRole } from '@shared/contract';
import { AppError } from '@shared/errors';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { ResourceDoc } from '../../db/docs';
import { newId } from '../../lib/ids';
import { findResource, findVenue, forgetCatalog } from '../catalog/repository';
import { resourceView } from '../catalog/views';

export const upsertResource: Handler<'admin.resource.upsert'> = async ({ deps, record, roles }, input) => {
  const { db } = deps;
  const { id, policy, ...fields } = input;
  const previous = id ? await findResource(db, id) : null;
  // A manager must manage the venue the resource is in, and the one it moves to.
  for (const venueId of new Set([input.venueId, previous?.venueId].filter(Boolean) as string[])) {
    if (!grantsRole(roles, 'manager', venueId)) throw new AppError('FORBIDDEN', { venueId });
  }
  if (!(await findVenue(db, input.venueId)))
    throw new AppError('NOT_FOUND', { venueId: input.venueId }, '未找到该场馆');

  const doc: ResourceDoc = {
    ...fields,
    _id: id ?? newId(),
    // The seat map is saved on its own (admin.seatmap.save): an edit of the resource keeps it.
    ...(previous?.seatMap ? { seatMap: previous.seatMap } : {}),
    // Overrides merge into the previous ones: an upsert that omits a field keeps it.
    policy: { ...previous?.policy, ...policy },
    updatedAt: deps.clock(),
  };
  const { _id, ...data } = doc;
  await db.collection(COLLECTIONS.resources).doc(_id).set({ data });
  forgetCatalog(_id);
  record({ target: _id, detail: { name: doc.name, policy } });
  return resourceView(doc);
};

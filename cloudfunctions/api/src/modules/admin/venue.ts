import type { Handler } from '../../context';
import { forgetCatalog } from '../catalog/repository';
import { COLLECTIONS } from '../../db/schema';
import type { VenueDoc } from '../../db/docs';
import { newId } from '../../lib/ids';
import { audit } from '../audit/log';
import { venueView } from '../catalog/views';

export const upsertVenue: Handler<'admin.venue.upsert'> = async ({ deps, openid }, input) => {
  const { id, ...fields } = input;
  const doc: VenueDoc = { _id: id ?? newId(), order: 100, ...fields, updatedAt: deps.clock() };
  const { _id, ...data } = doc;
  await deps.db.collection(COLLECTIONS.venues).doc(_id).set({ data });
  forgetCatalog(_id);
  await audit(deps, { actor: openid, action: 'admin.venue.upsert', target: _id, detail: { name: doc.name } });
  return venueView(doc);
};

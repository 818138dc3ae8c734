import { resolvePolicy } from '@shared/rules/policy';
import type { PublicHandler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { ResourceDoc, SlotDoc, VenueDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import { requireResource, SLOT_FIELDS } from './repository';
import { resourceView, slotView, venueView } from './views';

export const listVenues: PublicHandler<'venue.list'> = async ({ deps }) => {
  const docs = await readAll<VenueDoc>(
    deps.db.collection(COLLECTIONS.venues).where({}).orderBy('order', 'asc').orderBy('_id', 'asc'),
  );
  return docs.map(venueView);
};

export const listResources: PublicHandler<'resource.list'> = async ({ deps }, input) => {
  const where = input.venueId ? { venueId: input.venueId } : {};
  const docs = await readAll<ResourceDoc>(
    deps.db.collection(COLLECTIONS.resources).where(where).orderBy('venueId', 'asc').orderBy('name', 'asc'),
  );
  return docs.map(resourceView);
};

/** A resource's slots whose business date lies in [from, to]. */
export const listSlots: PublicHandler<'slot.list'> = async ({ deps }, input) => {
  const resource = await requireResource(deps.db, input.resourceId);
  const policy = resolvePolicy(resource.policy);
  const _ = deps.db.command;
  const docs = await readAll<SlotDoc>(
    deps.db
      .collection(COLLECTIONS.slots)
      .where({ resourceId: resource._id, date: _.gte(input.from).and(_.lte(input.to)) })
      .orderBy('start', 'asc')
      .field(SLOT_FIELDS),
    2000,
  );
  const now = deps.clock();
  return docs.map((d) => slotView(d, policy, now));
};

// admin.seatmap.save: a hall's seat map (seed 001), drawn in 座位图. On a priced resource its zones must be
// the resource's price zones, so that every seat has a price. Seats already sold keep their seat and its label if the map
// changes later (the booking keeps them); a session made afterwards sells the new map.
import { AppError } from '@shared/errors';
import { resolvePolicy } from '@shared/rules/policy';
import { sellableSeats } from '@shared/rules/seats';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import { forgetCatalog } from '../catalog/repository';
import { resourceView } from '../catalog/views';
import { requireManagedResource, requireSlottedResource } from '../slot/create';

export const saveSeatMap: Handler<'admin.seatmap.save'> = async ({ deps, record, roles }, { resourceId, seatMap }) => {
  const resource = await requireSlottedResource(deps, roles, resourceId);
  const pricing = resolvePolicy(resource.policy).pricing;
  // A free hall's zones only tell its seats apart; a priced one's must each have prices.
  if (seatMap && pricing) {
    const zones = new Set(pricing.zones.map((z) => z.id));
    const unknown = seatMap.zones.findIndex((z) => !zones.has(z));
    if (unknown >= 0)
      throw new AppError('INVALID_INPUT', {
        fields: [{ path: `data.seatMap.zones.${unknown}`, message: '请先在票价中设置该票价区域' }],
      });
  }
  const _ = deps.db.command;
  const updatedAt = deps.clock();
  await deps.db
    .collection(COLLECTIONS.resources)
    .doc(resourceId)
    .update({ data: { seatMap: seatMap ? _.set(seatMap) : _.remove(), updatedAt } });
  forgetCatalog(resourceId);
  const seats = seatMap ? sellableSeats(seatMap).length : 0;
  record({ venueId: resource.venueId, target: resourceId, detail: { seats } });
  const { seatMap: _previous, ...rest } = resource;
  return resourceView({ ...rest, ...(seatMap ? { seatMap } : {}), updatedAt });
};

export const getSeatMap: Handler<'admin.seatmap.get'> = async ({ deps, roles }, { resourceId }) => {
  const resource = await requireManagedResource(deps, roles, resourceId);
  return { seatMap: resource.seatMap ?? null };
};

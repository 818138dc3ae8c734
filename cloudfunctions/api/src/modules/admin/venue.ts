// admin.venue.upsert writes the whole venue (`set`): a field left out of the input is removed, not
// kept — `order` back to its default, hours, closed days and contact to none. So an edit sends all of
// the venue (what venue.list answered, changed). The trade-off: an absent field has one meaning,
// "none", which a partial update could not give without a way to say "clear it" that the contract
// lacks; the cost is that two admins editing one venue at once keep the last one's whole version.
import type { Handler } from '../../context';
import { forgetCatalog } from '../catalog/repository';
import { COLLECTIONS } from '../../db/schema';
import type { VenueDoc } from '../../db/docs';
import { newId } from '../../lib/ids';
import { venueView } from '../catalog/views';

/** Each closed day once, in order; none is stored as absent. */
const daySet = <T extends number | string>(days?: T[]): T[] | undefined =>
  days?.length ? [...new Set(days)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : undefined;

export const upsertVenue: Handler<'admin.venue.upsert'> = async ({ deps, record }, input) => {
  const { id, closedWeekdays, closedDates, ...fields } = input;
  const weekdays = daySet(closedWeekdays);
  const dates = daySet(closedDates);
  const doc: VenueDoc = {
    _id: id ?? newId(),
    order: 100,
    ...fields,
    ...(weekdays ? { closedWeekdays: weekdays } : {}),
    ...(dates ? { closedDates: dates } : {}),
    updatedAt: deps.clock(),
  };
  const { _id, ...data } = doc;
  await deps.db.collection(COLLECTIONS.venues).doc(_id).set({ data });
  forgetCatalog(_id);
  record({ venueId: _id, target: _id, detail: { name: doc.name } });
  return venueView(doc);
};

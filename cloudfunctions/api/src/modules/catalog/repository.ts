import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { ResourceDoc, SlotDoc, VenueDoc } from '../../db/docs';
import type { Db } from '../../deps';
import { warmCache } from '../../lib/warmCache';

/** A slot's key lists grow with every booking and are only ever written: reads leave them out. */
export const SLOT_FIELDS = { held: false, released: false, seats: false } as const;

/** A seated session's taken seats (left out of every other read of a slot). */
export async function takenSeats(db: Db, slotId: string): Promise<Set<string>> {
  const { data } = await db.collection(COLLECTIONS.slots).doc(slotId).field({ seats: true }).get();
  return new Set(Object.keys((data as Pick<SlotDoc, 'seats'> | null)?.seats ?? {}));
}

async function byId<T>(db: Db, collection: string, id: string, fields?: Record<string, boolean>): Promise<T | null> {
  const doc = db.collection(collection).doc(id);
  const { data } = await (fields ? doc.field(fields) : doc).get();
  return (data as T | null) ?? null;
}

export const findVenue = (db: Db, id: string) => byId<VenueDoc>(db, COLLECTIONS.venues, id);
export const findResource = (db: Db, id: string) => byId<ResourceDoc>(db, COLLECTIONS.resources, id);
export const findSlot = (db: Db, id: string) => byId<SlotDoc>(db, COLLECTIONS.slots, id, SLOT_FIELDS);

// Every booking call needs its resource's policy and its venue's name, and a rush reads the same two
// documents thousands of times: the booking path takes them from the warm instance's cache. A policy
// edit reaches other warm instances within CATALOG_CACHE_MS; the instance that saves it forgets at once.
export const CATALOG_CACHE_MS = 10_000;
const resources = warmCache<ResourceDoc | null>(CATALOG_CACHE_MS);
const venues = warmCache<VenueDoc | null>(CATALOG_CACHE_MS);

/** The resource as the booking path sees it (cached, see above), or null. */
export const findBookingResource = (db: Db, id: string) => resources.get(id, () => findResource(db, id));

/** The same, NOT_FOUND when there is none. */
export async function bookingResource(db: Db, id: string): Promise<ResourceDoc> {
  const resource = await findBookingResource(db, id);
  if (!resource) throw new AppError('NOT_FOUND', { resourceId: id }, '未找到该项目');
  return resource;
}

/** The venue as the booking path sees it (cached, see above). */
export const bookingVenue = (db: Db, id: string) => venues.get(id, () => findVenue(db, id));

/** After a resource or venue is saved: this instance reads it afresh. */
export function forgetCatalog(id: string): void {
  resources.forget(id);
  venues.forget(id);
}

export async function requireResource(db: Db, id: string): Promise<ResourceDoc> {
  const resource = await findResource(db, id);
  if (!resource) throw new AppError('NOT_FOUND', { resourceId: id }, '未找到该项目');
  return resource;
}

export async function requireSlot(db: Db, id: string): Promise<SlotDoc> {
  const slot = await findSlot(db, id);
  if (!slot) throw new AppError('NOT_FOUND', { slotId: id }, '未找到该时段');
  return slot;
}

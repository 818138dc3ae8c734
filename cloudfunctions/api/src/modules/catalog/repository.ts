import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { ResourceDoc, SlotDoc, VenueDoc } from '../../db/docs';
import type { Db } from '../../deps';

/** A slot's key lists grow with every booking and are only ever written: reads leave them out. */
export const SLOT_FIELDS = { held: false, released: false } as const;

async function byId<T>(db: Db, collection: string, id: string, fields?: Record<string, boolean>): Promise<T | null> {
  const doc = db.collection(collection).doc(id);
  const { data } = await (fields ? doc.field(fields) : doc).get();
  return (data as T | null) ?? null;
}

export const findVenue = (db: Db, id: string) => byId<VenueDoc>(db, COLLECTIONS.venues, id);
export const findResource = (db: Db, id: string) => byId<ResourceDoc>(db, COLLECTIONS.resources, id);
export const findSlot = (db: Db, id: string) => byId<SlotDoc>(db, COLLECTIONS.slots, id, SLOT_FIELDS);

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

import type { SlotView } from '@shared/contract';
import { resolvePolicy } from '@shared/rules/policy';
import { COLLECTIONS } from '../../db/schema';
import type { ResourceDoc, SlotDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { SLOT_FIELDS } from './repository';
import { slotView } from './views';

/**
 * The slots of a resource open for booking with `places` left, nearest in time to `around` first. Other
 * slots of a lottery are applied for, not booked into: none is offered to rebook.
 */
export async function nearestOpenSlots(
  deps: Deps,
  resource: ResourceDoc,
  places: number,
  around: number,
  limit = 3,
): Promise<SlotView[]> {
  if (resource.allocation === 'lottery') return [];
  const _ = deps.db.command;
  const now = deps.clock();
  const { data } = await deps.db
    .collection(COLLECTIONS.slots)
    .where({ resourceId: resource._id, cancelled: false, remaining: _.gte(places), start: _.gt(now) })
    .orderBy('start', 'asc')
    .field(SLOT_FIELDS)
    .limit(100)
    .get();
  const policy = resolvePolicy(resource.policy);
  return (data as SlotDoc[])
    .map((s) => slotView(s, policy, now))
    .filter((s) => s.status === 'open')
    .sort((a, b) => Math.abs(Date.parse(a.start) - around) - Math.abs(Date.parse(b.start) - around))
    .slice(0, limit)
    .sort((a, b) => a.start.localeCompare(b.start));
}

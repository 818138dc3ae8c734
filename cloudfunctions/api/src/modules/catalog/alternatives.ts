import type { SlotView } from '@shared/contract';
import { resolvePolicy } from '@shared/rules/policy';
import { COLLECTIONS } from '../../db/schema';
import type { ResourceDoc, SlotDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { slotView } from './views';

/** The nearest slots of a resource that are open for booking and have `places` left. */
export async function nearestOpenSlots(deps: Deps, resource: ResourceDoc, places: number, limit = 3): Promise<SlotView[]> {
  const _ = deps.db.command;
  const now = deps.clock();
  const { data } = await deps.db
    .collection(COLLECTIONS.slots)
    .where({ resourceId: resource._id, cancelled: false, remaining: _.gte(places), start: _.gt(now) })
    .orderBy('start', 'asc')
    .limit(30)
    .get();
  const policy = resolvePolicy(resource.policy);
  return (data as SlotDoc[])
    .map((s) => slotView(s, policy, now))
    .filter((s) => s.status === 'open')
    .slice(0, limit);
}

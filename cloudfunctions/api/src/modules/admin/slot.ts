import { grantsRole, type RoleGrant } from '@shared/contract';
import { AppError } from '@shared/errors';
import { resolvePolicy } from '@shared/rules/policy';
import { dateOf } from '@shared/time';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { ResourceDoc, SlotDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import { newId } from '../../lib/ids';
import type { Deps } from '../../deps';
import { audit } from '../audit/log';
import { requireResource } from '../catalog/repository';
import { slotView } from '../catalog/views';

export async function requireManagedResource(deps: Deps, roles: RoleGrant[], resourceId: string): Promise<ResourceDoc> {
  const resource = await requireResource(deps.db, resourceId);
  if (!grantsRole(roles, 'manager', resource.venueId)) throw new AppError('FORBIDDEN', { venueId: resource.venueId });
  return resource;
}

export function newSlot(resource: ResourceDoc, start: number, end: number, capacity: number, now: number): SlotDoc {
  return {
    _id: newId(),
    resourceId: resource._id,
    venueId: resource.venueId,
    start,
    end,
    date: dateOf(start),
    capacity,
    remaining: capacity,
    released: [],
    waiting: 0,
    cancelled: false,
    createdAt: now,
  };
}

/** Inserts a slot; false when the resource already has one starting then (unique resource+start). */
export async function insertSlot(deps: Deps, slot: SlotDoc): Promise<boolean> {
  try {
    await deps.db.collection(COLLECTIONS.slots).add({ data: slot });
    return true;
  } catch (e) {
    if (isDuplicateKey(e)) return false;
    throw e;
  }
}

export const createSlot: Handler<'admin.slot.create'> = async ({ deps, openid, roles }, input) => {
  const resource = await requireManagedResource(deps, roles, input.resourceId);
  const now = deps.clock();
  const slot = newSlot(resource, input.start, input.end, input.capacity, now);
  if (!(await insertSlot(deps, slot))) throw new AppError('CONFLICT', { start: input.start }, '该项目在此开始时间已有时段');
  await audit(deps, { actor: openid, action: 'admin.slot.create', target: slot._id, detail: { resourceId: resource._id } });
  return slotView(slot, resolvePolicy(resource.policy), now);
};

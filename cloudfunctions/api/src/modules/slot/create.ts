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
import { newLottery } from '../lottery/repository';

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
    held: [],
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

/** A lottery slot needs when applications close and when the draw runs; other slots have neither. */
function lotteryTimes(
  resource: ResourceDoc,
  input: { closesAt?: number; drawAt?: number },
): { closesAt: number; drawAt: number } | null {
  const lottery = resource.allocation === 'lottery';
  const fields = (['closesAt', 'drawAt'] as const)
    .filter((f) => (input[f] === undefined) === lottery)
    .map((f) => ({ path: `data.${f}`, message: lottery ? '抽签项目须设置报名截止和抽签时间' : '仅抽签项目可设置' }));
  if (fields.length) throw new AppError('INVALID_INPUT', { fields });
  return lottery ? { closesAt: input.closesAt!, drawAt: input.drawAt! } : null;
}

export const createSlot: Handler<'admin.slot.create'> = async ({ deps, openid, roles }, input) => {
  const resource = await requireManagedResource(deps, roles, input.resourceId);
  const lottery = lotteryTimes(resource, input);
  const now = deps.clock();
  const slot = newSlot(resource, input.start, input.end, input.capacity, now);
  if (!(await insertSlot(deps, slot)))
    throw new AppError('CONFLICT', { start: input.start }, '该项目在此开始时间已有时段');
  if (lottery)
    await deps.db
      .collection(COLLECTIONS.lotteries)
      .add({ data: newLottery(slot, lottery.closesAt, lottery.drawAt, now) });
  await audit(deps, {
    actor: openid,
    action: 'admin.slot.create',
    target: slot._id,
    detail: { resourceId: resource._id },
  });
  return slotView(slot, resolvePolicy(resource.policy), now);
};

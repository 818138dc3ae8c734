import { grantsRole } from '@shared/contract';
import { AppError } from '@shared/errors';
import { resolvePolicy } from '@shared/rules/policy';
import { dateOf } from '@shared/time';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { SlotDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import { newId } from '../../lib/ids';
import { audit } from '../audit/log';
import { requireResource } from '../catalog/repository';
import { slotView } from '../catalog/views';

export const createSlot: Handler<'admin.slot.create'> = async ({ deps, openid, roles }, input) => {
  const resource = await requireResource(deps.db, input.resourceId);
  if (!grantsRole(roles, 'manager', resource.venueId)) throw new AppError('FORBIDDEN', { venueId: resource.venueId });
  const now = deps.clock();
  const slot: SlotDoc = {
    _id: newId(),
    resourceId: resource._id,
    venueId: resource.venueId,
    start: input.start,
    end: input.end,
    date: dateOf(input.start),
    capacity: input.capacity,
    remaining: input.capacity,
    cancelled: false,
    createdAt: now,
  };
  try {
    await deps.db.collection(COLLECTIONS.slots).add({ data: slot });
  } catch (e) {
    if (isDuplicateKey(e)) throw new AppError('CONFLICT', { start: input.start }, '该项目在此开始时间已有时段');
    throw e;
  }
  await audit(deps, { actor: openid, action: 'admin.slot.create', target: slot._id, detail: { resourceId: resource._id } });
  return slotView(slot, resolvePolicy(resource.policy), now);
};

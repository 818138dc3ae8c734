import { grantsRole } from '@shared/contract';
import { AppError, stateError } from '@shared/errors';
import { resolvePolicy } from '@shared/rules/policy';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import { requireResource, requireSlot } from '../catalog/repository';
import { slotView } from '../catalog/views';
import { promoteWaitlist } from '../waitlist/promote';

/**
 * A new capacity moves `remaining` by the difference, in one conditional update that also checks the
 * capacity it started from and, when shrinking, that the places already booked still fit.
 */
export const setSlotCapacity: Handler<'admin.slot.capacity'> = async ({ deps, record, roles }, input) => {
  const slot = await requireSlot(deps.db, input.slotId);
  if (!grantsRole(roles, 'manager', slot.venueId)) throw new AppError('FORBIDDEN', { venueId: slot.venueId });
  if (slot.cancelled) throw stateError('slot_cancelled', '该时段已关闭');
  const delta = input.capacity - slot.capacity;
  const booked = slot.capacity - slot.remaining;
  if (input.capacity < booked) throw stateError('capacity_below_booked', `已预约${booked}人，超过新的容量`, { booked });
  const _ = deps.db.command;
  const res = await deps.db
    .collection(COLLECTIONS.slots)
    .where({ _id: slot._id, capacity: slot.capacity, remaining: _.gte(Math.max(0, -delta)) })
    .update({ data: { capacity: input.capacity, remaining: _.inc(delta) } });
  if (res.stats.updated !== 1) {
    throw stateError('changed_meanwhile', '时段刚被修改，请刷新后重试');
  }
  record({ venueId: slot.venueId, target: slot._id, detail: { from: slot.capacity, to: input.capacity } });
  if (delta > 0) await promoteWaitlist(deps, slot._id);
  const resource = await requireResource(deps.db, slot.resourceId);
  const updated = await requireSlot(deps.db, slot._id);
  return slotView(updated, resolvePolicy(resource.policy), deps.clock());
};

import { grantsRole } from '@shared/contract';
import { AppError, stateError } from '@shared/errors';
import { resolvePolicy } from '@shared/rules/policy';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { SlotDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import type { Deps } from '../../deps';
import { requireResource, requireSlot } from '../catalog/repository';
import { slotView } from '../catalog/views';
import { requireManagedResource } from './create';
import { sweepClosedSlot } from './sweep';

/** Marks the slot closed (once); its bookings, entries and lottery are swept now and by the job. */
async function closeSlot(deps: Deps, slot: SlotDoc, reason: string): Promise<SlotDoc | null> {
  const now = deps.clock();
  const res = await deps.db
    .collection(COLLECTIONS.slots)
    .where({ _id: slot._id, cancelled: false })
    .update({ data: { cancelled: true, closedReason: reason, closedAt: now, sweepPending: true } });
  return res.stats.updated === 1 ? { ...slot, cancelled: true, closedReason: reason, closedAt: now } : null;
}

/**
 * Sweeps as much as fits in this call, leaving the rest to the job. The slot is closed whatever
 * happens here, so a failure does not fail the call: the sweepClosedSlots job finishes the sweep.
 */
async function sweepSome(deps: Deps, slot: SlotDoc, batches = 10): Promise<void> {
  try {
    for (let i = 0; i < batches && (await sweepClosedSlot(deps, slot)); i++);
  } catch (e) {
    deps.log.error('sweep left to the job', { slotId: slot._id, error: e instanceof Error ? e.message : String(e) });
  }
}

export const closeSlotAction: Handler<'admin.slot.close'> = async ({ deps, record, roles }, input) => {
  const slot = await requireSlot(deps.db, input.slotId);
  if (!grantsRole(roles, 'manager', slot.venueId)) throw new AppError('FORBIDDEN', { venueId: slot.venueId });
  if (slot.cancelled) throw stateError('slot_cancelled', '该时段已关闭');
  const closed = await closeSlot(deps, slot, input.reason);
  if (!closed) throw stateError('changed_meanwhile', '该时段刚被关闭');
  record({ venueId: slot.venueId, target: slot._id, detail: { reason: input.reason } });
  await sweepSome(deps, closed);
  const resource = await requireResource(deps.db, slot.resourceId);
  return slotView(closed, resolvePolicy(resource.policy), deps.clock());
};

/** Closes every open slot of a resource in [from, to]; their bookings are swept by the job. */
export const closeResourceAction: Handler<'admin.resource.close'> = async ({ deps, record, roles }, input) => {
  const resource = await requireManagedResource(deps, roles, input.resourceId);
  // A resource booked by the hour has no slots to close: closing it for a period is not built yet, and a
  // closure that closed nothing would let the bookings in it stand unseen. Refused, so nobody relies on it.
  if (resource.mode === 'interval')
    throw stateError('interval_resource', '按时间区间预约的资源暂不支持按时段停用，请修改开放时间或逐个处理预约');
  const _ = deps.db.command;
  const slots = await readAll<SlotDoc>(
    deps.db
      .collection(COLLECTIONS.slots)
      .where({ resourceId: resource._id, cancelled: false, date: _.gte(input.from).and(_.lte(input.to)) })
      .orderBy('start', 'asc'),
    2000,
  );
  const closed: SlotDoc[] = [];
  for (const slot of slots) {
    const done = await closeSlot(deps, slot, input.reason);
    if (done) closed.push(done);
  }
  record({ venueId: resource.venueId, target: resource._id, detail: { ...input, closed: closed.length } });
  for (const slot of closed.slice(0, 5)) await sweepSome(deps, slot, 2);
  return { closed: closed.length };
};

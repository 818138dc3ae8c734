import { grantsRole, type ParsedInput } from '@shared/contract';
import { AppError, stateError } from '@shared/errors';
import { resolvePolicy } from '@shared/rules/policy';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { ResourceDoc, SlotDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import type { Deps } from '../../deps';
import { requireResource, requireSlot } from '../catalog/repository';
import { closeDays, sweepDayBatch } from '../interval/closure';
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
 * Sweeps as much as fits in this call (`batch` until it finds no work), leaving the rest to the job. The
 * slot or day is closed whatever happens here, so a failure does not fail the call: the job finishes it.
 */
async function sweepSome(deps: Deps, target: string, batch: () => Promise<boolean>, batches = 10): Promise<void> {
  try {
    for (let i = 0; i < batches && (await batch()); i++);
  } catch (e) {
    deps.log.error('sweep left to the job', { target, error: e instanceof Error ? e.message : String(e) });
  }
}

export const closeSlotAction: Handler<'admin.slot.close'> = async ({ deps, record, roles }, input) => {
  const slot = await requireSlot(deps.db, input.slotId);
  if (!grantsRole(roles, 'manager', slot.venueId)) throw new AppError('FORBIDDEN', { venueId: slot.venueId });
  if (slot.cancelled) throw stateError('slot_cancelled', '该时段已关闭');
  const closed = await closeSlot(deps, slot, input.reason);
  if (!closed) throw stateError('changed_meanwhile', '该时段刚被关闭');
  record({ venueId: slot.venueId, target: slot._id, detail: { reason: input.reason } });
  await sweepSome(deps, closed._id, () => sweepClosedSlot(deps, closed));
  const resource = await requireResource(deps.db, slot.resourceId);
  return slotView(closed, resolvePolicy(resource.policy), deps.clock());
};

/** A closed slot or day and one batch of its sweep. */
interface Sweep {
  target: string;
  batch: () => Promise<boolean>;
}

/** Closes every open slot of a resource booked by slots in [from, to]: the slots it closed, to sweep. */
async function closeSlots(deps: Deps, resource: ResourceDoc, input: ParsedInput<'admin.resource.close'>) {
  const _ = deps.db.command;
  const slots = await readAll<SlotDoc>(
    deps.db
      .collection(COLLECTIONS.slots)
      .where({ resourceId: resource._id, cancelled: false, date: _.gte(input.from).and(_.lte(input.to)) })
      .orderBy('start', 'asc'),
    2000,
  );
  const closed: Sweep[] = [];
  for (const slot of slots) {
    const done = await closeSlot(deps, slot, input.reason);
    if (done) closed.push({ target: done._id, batch: () => sweepClosedSlot(deps, done) });
  }
  return closed;
}

/**
 * Closes a resource for [from, to]: the open slots of one booked by slots, the days of one booked by the
 * hour (interval/closure.ts). Their bookings are swept: the first few now, the rest by the jobs.
 */
export const closeResourceAction: Handler<'admin.resource.close'> = async (
  { deps, record, roles, requestId },
  input,
) => {
  const resource = await requireManagedResource(deps, roles, input.resourceId);
  const closed: Sweep[] =
    resource.mode === 'interval'
      ? (await closeDays(deps, resource, input, requestId)).map((dayId) => ({
          target: dayId,
          batch: () => sweepDayBatch(deps, dayId),
        }))
      : await closeSlots(deps, resource, input);
  record({ venueId: resource.venueId, target: resource._id, detail: { ...input, closed: closed.length } });
  for (const { target, batch } of closed.slice(0, 5)) await sweepSome(deps, target, batch, 2);
  return { closed: closed.length };
};

import { grantsRole, type RoleGrant } from '@shared/contract';
import { AppError, stateError } from '@shared/errors';
import { resolvePolicy } from '@shared/rules/policy';
import { sellableSeats } from '@shared/rules/seats';
import { dateOf } from '@shared/time';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { ResourceDoc, SlotDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import { newId } from '../../lib/ids';
import type { Deps } from '../../deps';
import { requireResource } from '../catalog/repository';
import { slotView } from '../catalog/views';
import { newLottery } from '../lottery/repository';

export async function requireManagedResource(deps: Deps, roles: RoleGrant[], resourceId: string): Promise<ResourceDoc> {
  const resource = await requireResource(deps.db, resourceId);
  if (!grantsRole(roles, 'manager', resource.venueId)) throw new AppError('FORBIDDEN', { venueId: resource.venueId });
  return resource;
}

/** The same, for making slots: a resource booked by the hour has none (its day is a timeline). */
export async function requireSlottedResource(deps: Deps, roles: RoleGrant[], resourceId: string) {
  const resource = await requireManagedResource(deps, roles, resourceId);
  if (resource.mode === 'interval') throw stateError('interval_resource', '该项目按时间区间预约，无需新增时段');
  return resource;
}

/** A seated hall's session sells at most its seats. */
export function assertSeatsFit(resource: ResourceDoc, capacity: number): void {
  const seats = resource.seatMap ? sellableSeats(resource.seatMap).length : Infinity;
  if (capacity > seats)
    throw new AppError('INVALID_INPUT', {
      fields: [{ path: 'data.capacity', message: `选座项目每场最多${seats}人（座位数）` }],
    });
}

/** A new slot; `prices`, when given, are its own prices by ticket type over the resource's. */
export function newSlot(
  resource: ResourceDoc,
  start: number,
  end: number,
  capacity: number,
  now: number,
  prices?: SlotDoc['prices'],
): SlotDoc {
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
    ...(prices ? { prices } : {}),
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

/**
 * Lottery fields (`names` of the input) are required on a lottery resource and refused on any other,
 * each missing or extra one named. Returns whether the resource draws lots.
 */
export function checkLotteryFields(resource: ResourceDoc, input: object, names: readonly string[]): boolean {
  const lottery = resource.allocation === 'lottery';
  const given = input as Record<string, unknown>;
  const fields = names
    .filter((f) => (given[f] === undefined) === lottery)
    .map((f) => ({ path: `data.${f}`, message: lottery ? '抽签项目须设置报名截止和抽签时间' : '仅抽签项目可设置' }));
  if (fields.length) throw new AppError('INVALID_INPUT', { fields });
  return lottery;
}

/**
 * Inserts a slot and, for a lottery, its lottery (the secret seed and its published commitment, from
 * newLottery); false when the resource already has a slot starting then. The slot goes first so a
 * lottery never exists without its slot (the draw reads both). The trade-off: a crash between the two
 * leaves a slot nobody can apply to (lottery.apply answers NOT_FOUND), which its manager can close.
 */
export async function insertSlotWithLottery(
  deps: Deps,
  slot: SlotDoc,
  lottery: { closesAt: number; drawAt: number } | null,
): Promise<boolean> {
  if (!(await insertSlot(deps, slot))) return false;
  if (lottery)
    await deps.db
      .collection(COLLECTIONS.lotteries)
      .add({ data: newLottery(slot, lottery.closesAt, lottery.drawAt, slot.createdAt) });
  return true;
}

export const createSlot: Handler<'admin.slot.create'> = async ({ deps, record, roles }, input) => {
  const resource = await requireSlottedResource(deps, roles, input.resourceId);
  const lottery = checkLotteryFields(resource, input, ['closesAt', 'drawAt'])
    ? { closesAt: input.closesAt!, drawAt: input.drawAt! }
    : null;
  assertSeatsFit(resource, input.capacity);
  const now = deps.clock();
  const slot = newSlot(resource, input.start, input.end, input.capacity, now, input.prices);
  if (!(await insertSlotWithLottery(deps, slot, lottery)))
    throw new AppError('CONFLICT', { start: input.start }, '该项目在此开始时间已有时段');
  record({ venueId: slot.venueId, target: slot._id, detail: { resourceId: resource._id } });
  return slotView(slot, resolvePolicy(resource.policy), now);
};

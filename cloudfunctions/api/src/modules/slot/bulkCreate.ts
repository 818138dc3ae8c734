import { MINUTE_MS } from '@shared/time';
import { bulkWindows } from '@shared/rules/slotBulk';
import type { Handler } from '../../context';
import { checkLotteryFields, insertSlotWithLottery, newSlot, requireManagedResource } from './create';

/**
 * The request's slots (shared/rules/slotBulk.ts), one by one: slots that already exist are skipped
 * (their lotteries untouched). On a lottery resource each new slot gets its own lottery, made as
 * admin.slot.create makes one, with its close and draw the given minutes before its start.
 */
export const bulkCreateSlots: Handler<'admin.slot.bulkCreate'> = async ({ deps, record, roles }, input) => {
  const resource = await requireManagedResource(deps, roles, input.resourceId);
  const lead = checkLotteryFields(resource, input, ['lottery']) ? input.lottery! : null;
  const now = deps.clock();
  let created = 0;
  let skipped = 0;
  for (const { start, end } of bulkWindows(input)) {
    const lottery = lead
      ? { closesAt: start - lead.closesMinutesBefore * MINUTE_MS, drawAt: start - lead.drawMinutesBefore * MINUTE_MS }
      : null;
    if (await insertSlotWithLottery(deps, newSlot(resource, start, end, input.capacity, now), lottery)) created++;
    else skipped++;
  }
  record({ venueId: resource.venueId, target: resource._id, detail: { ...input, created, skipped } });
  return { created, skipped };
};

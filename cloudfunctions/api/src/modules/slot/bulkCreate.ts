import { MINUTE_MS } from '@shared/time';
import { bulkWindows } from '@shared/rules/slotBulk';
import type { Handler } from '../../context';
import { findVenue } from '../catalog/repository';
import { checkLotteryFields, insertSlotWithLottery, newSlot, requireSlottedResource, assertSeatsFit } from './create';

/**
 * The request's slots (shared/rules/slotBulk.ts), one by one, none on the venue's closed days (its
 * weekly closing day, holidays): slots that already exist are skipped (their lotteries untouched). On a lottery resource each new slot gets its own lottery, made as
 * admin.slot.create makes one, with its close and draw the given minutes before its start. Every new slot
 * keeps the request's own prices, if any.
 */
export const bulkCreateSlots: Handler<'admin.slot.bulkCreate'> = async ({ deps, record, roles }, input) => {
  const resource = await requireSlottedResource(deps, roles, input.resourceId);
  const lead = checkLotteryFields(resource, input, ['lottery']) ? input.lottery! : null;
  assertSeatsFit(resource, input.capacity);
  const venue = await findVenue(deps.db, resource.venueId);
  const closed = { weekdays: venue?.closedWeekdays, dates: venue?.closedDates };
  const now = deps.clock();
  let created = 0;
  let skipped = 0;
  for (const { start, end } of bulkWindows({ ...input, closed })) {
    const lottery = lead
      ? { closesAt: start - lead.closesMinutesBefore * MINUTE_MS, drawAt: start - lead.drawMinutesBefore * MINUTE_MS }
      : null;
    const slot = newSlot(resource, start, end, input.capacity, now, input.prices);
    if (await insertSlotWithLottery(deps, slot, lottery)) created++;
    else skipped++;
  }
  record({ venueId: resource.venueId, target: resource._id, detail: { ...input, created, skipped } });
  return { created, skipped };
};

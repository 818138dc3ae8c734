import type { ResourceView, SlotView } from '@shared/contract';
import { call } from '../services/cloud';
import { CallError } from '../services/callError';
import { ERROR_MESSAGES } from '@shared/errors';
import { nextDays, today } from '../utils/format';

/** How many days ahead the slot pickers show (booking opens 7 days ahead by default). */
const DAYS = 8;

/** One resource by id (the contract lists resources per venue). */
export async function loadResource(venueId: string, resourceId: string): Promise<ResourceView> {
  const found = (await call('resource.list', { venueId })).find((r) => r.id === resourceId);
  if (!found) throw new CallError('NOT_FOUND', ERROR_MESSAGES.NOT_FOUND);
  return found;
}

export interface Schedule {
  resource: ResourceView;
  slots: SlotView[];
  dates: string[];
}

/**
 * A resource with its slots from today on, for a SlotPicker. Both are asked at once; a resource booked by the
 * hour has no slots (its days come from resource.day), so what slot.list answers for it is not waited for.
 */
export async function loadSchedule(venueId: string, resourceId: string): Promise<Schedule> {
  const dates = nextDays(today(), DAYS);
  const slots = call('slot.list', { resourceId, from: dates[0], to: dates[DAYS - 1] });
  // Read below, or dropped for a resource booked by the hour: never an unhandled rejection.
  slots.catch(() => undefined);
  const resource = await loadResource(venueId, resourceId);
  if (resource.mode === 'interval') return { resource, slots: [], dates };
  return { resource, slots: await slots, dates };
}

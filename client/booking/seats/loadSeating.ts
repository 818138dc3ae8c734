import type { ResourceView, SeatingView, SlotView } from '@shared/contract';
import { ERROR_MESSAGES } from '@shared/errors';
import { call } from '../../services/cloud';
import { CallError } from '../../services/callError';
import { loadResource } from '../loadResource';

export interface SeatingPage {
  resource: ResourceView;
  slot: SlotView;
  seating: SeatingView;
}

/** The session (from its day's slots: the contract has no slot.get), its resource and its seat map, asked at once. */
export async function loadSeating(
  venueId: string,
  resourceId: string,
  slotId: string,
  date: string,
): Promise<SeatingPage> {
  const [resource, slots, seating] = await Promise.all([
    loadResource(venueId, resourceId),
    call('slot.list', { resourceId, from: date, to: date }),
    call('slot.seats', { slotId }),
  ]);
  const slot = slots.find((s) => s.id === slotId);
  if (!slot) throw new CallError('NOT_FOUND', ERROR_MESSAGES.NOT_FOUND);
  return { resource, slot, seating };
}

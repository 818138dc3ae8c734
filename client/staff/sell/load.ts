// What the ticket window loads: the resources it sells at a venue, and a session opened by its id.
import type { ResourceView } from '@shared/contract';
import type { Pricing } from '@shared/rules/policy';
import { ERROR_MESSAGES } from '@shared/errors';
import { call } from '../../services/cloud';
import { CallError } from '../../services/callError';
import { loadRosterSlot, type ChosenSlot } from '../desk-book/load';

/** A resource that sells tickets by the session, first come first served (the only kind desk.sell takes). */
export type SoldResource = ResourceView & { policy: { pricing: Pricing } };

export const sellsTickets = (r: ResourceView): r is SoldResource =>
  r.policy.pricing !== undefined && r.mode === 'slot' && r.allocation === 'fcfs';

/** The session being sold and its resource (its prices, its seats, its refund rule). */
export interface SaleTarget {
  slot: ChosenSlot;
  resource: SoldResource;
}

export async function loadSoldResources(venueId: string): Promise<SoldResource[]> {
  return (await call('resource.list', { venueId })).filter(sellsTickets);
}

/** A session opened by its id (from the roster); NOT_FOUND when its resource sells no tickets. */
export async function loadSaleTarget(slotId: string): Promise<SaleTarget> {
  const slot = await loadRosterSlot(slotId);
  const resource = (await call('resource.list', {})).find((r) => r.id === slot.resourceId);
  if (!resource || !sellsTickets(resource)) throw new CallError('NOT_FOUND', ERROR_MESSAGES.NOT_FOUND);
  return { slot, resource };
}

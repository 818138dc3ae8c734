// What the desk booking page loads besides the slots: the venues the staff member serves, and a slot
// opened from the roster.
import { grantsRole } from '@shared/contract/roles';
import type { SlotView, VenueView } from '@shared/contract/types';
import { ERROR_MESSAGES } from '@shared/errors';
import { call } from '../../services/cloud';
import { CallError } from '../../services/callError';
import { dateOfIso } from '../../utils/format';

/** The slot being booked, as far as the page needs it to show the slot again. */
export interface ChosenSlot {
  slotId: string;
  resourceId: string;
  resourceName: string;
  /** The slot's business date. */
  date: string;
}

/** The venues where the caller serves as staff (a manager's or an admin's count too). */
export async function loadStaffVenues(): Promise<VenueView[]> {
  const [me, venues] = await Promise.all([call('user.me', {}), call('venue.list', {})]);
  return venues.filter((v) => grantsRole(me.roles, 'staff', v.id));
}

/** A slot opened by its id (from the roster): the roster knows its resource. */
export async function loadRosterSlot(slotId: string): Promise<ChosenSlot> {
  const { slot } = await call('checkin.roster', { slotId });
  if (!slot) throw new CallError('NOT_FOUND', ERROR_MESSAGES.NOT_FOUND);
  return { slotId, resourceId: slot.resourceId, resourceName: slot.resourceName, date: dateOfIso(slot.start) };
}

/** The chosen slot as it is now (its places, whether still open). */
export async function loadSlot({ slotId, resourceId, date }: ChosenSlot): Promise<SlotView> {
  const found = (await call('slot.list', { resourceId, from: date, to: date })).find((s) => s.id === slotId);
  if (!found) throw new CallError('NOT_FOUND', ERROR_MESSAGES.NOT_FOUND);
  return found;
}

// What several manager pages load: the venues the caller manages, one resource by id, and the venue or
// department a form edits.
import { grantsRole, type RoleGrant } from '@shared/contract/roles';
import type { DepartmentView, MeView, ResourceView, VenueView } from '@shared/contract/types';
import { ERROR_MESSAGES } from '@shared/errors';
import { call } from '../services/cloud';
import { CallError } from '../services/callError';

/**
 * The caller's roles, what they may open, and the venues they manage: every venue for a global manager or an admin, else
 * the granted ones.
 */
export async function loadManagerScope(): Promise<{ venues: VenueView[]; roles: RoleGrant[]; can: MeView['can'] }> {
  const [me, venues] = await Promise.all([call('user.me', {}), call('venue.list', {})]);
  return { venues: venues.filter((v) => grantsRole(me.roles, 'manager', v.id)), roles: me.roles, can: me.can };
}

export const loadManagedVenues = async (): Promise<VenueView[]> => (await loadManagerScope()).venues;

/** One resource by id (pages opened from a resource get only its id). */
export async function loadResource(resourceId: string): Promise<ResourceView> {
  const found = (await call('resource.list', {})).find((r) => r.id === resourceId);
  if (!found) throw new CallError('NOT_FOUND', ERROR_MESSAGES.NOT_FOUND);
  return found;
}

/** A record to edit from its list, or none for a new one, with the `order` the form starts from. */
export interface Editing<T> {
  record: T | null;
  order: number;
}

async function loadToEdit<T extends { id: string; order?: number }>(
  list: Promise<T[]>,
  id: string | undefined,
): Promise<Editing<T>> {
  const all = await list;
  // A new record goes to the end of the list.
  if (id === undefined) return { record: null, order: Math.max(-1, ...all.map((r) => r.order ?? 0)) + 1 };
  const record = all.find((r) => r.id === id);
  if (!record) throw new CallError('NOT_FOUND', ERROR_MESSAGES.NOT_FOUND);
  return { record, order: record.order ?? 0 };
}

export const loadVenueToEdit = (venueId: string | undefined): Promise<Editing<VenueView>> =>
  loadToEdit(call('venue.list', {}), venueId);

export const loadDepartmentToEdit = (departmentId: string | undefined): Promise<Editing<DepartmentView>> =>
  loadToEdit(call('department.list', {}), departmentId);

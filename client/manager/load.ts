// What several manager pages load: the venues the caller manages, and one resource by id.
import { grantsRole, type MeView, type ResourceView, type RoleGrant, type VenueView } from '@shared/contract';
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

import { grantsRole, type RoleGrant } from '@shared/contract';
import type { Deps } from '../../deps';

/** The venues a manager's roles cover: null for every venue. */
export function managedVenues(roles: RoleGrant[]): string[] | null {
  if (roles.some((r) => (r.role === 'manager' || r.role === 'admin') && !r.venueId)) return null;
  return [...new Set(roles.filter((r) => grantsRole([r], 'manager') && r.venueId).map((r) => r.venueId!))];
}

/** A where-clause part limiting a query to one venue, or to the manager's venues. */
export function managedVenueFilter(deps: Deps, roles: RoleGrant[], venueId?: string): { venueId?: unknown } {
  if (venueId) return { venueId };
  const venues = managedVenues(roles);
  return venues === null ? {} : { venueId: deps.db.command.in(venues) };
}

import { grantsRole, type RoleGrant } from '@shared/contract';
import type { Deps } from '../../deps';

/** The venues a staff member works at (their staff, manager and admin grants): null for every venue. */
export function staffVenues(roles: RoleGrant[]): string[] | null {
  const serving = roles.filter((r) => grantsRole([r], 'staff'));
  if (serving.some((r) => !r.venueId)) return null;
  return [...new Set(serving.map((r) => r.venueId!))];
}

/** A where-clause part limiting a query to the venues a staff member works at (all for global roles). */
export function staffVenueFilter(deps: Deps, roles: RoleGrant[]): { venueId?: unknown } {
  const venues = staffVenues(roles);
  return venues === null ? {} : { venueId: deps.db.command.in(venues) };
}

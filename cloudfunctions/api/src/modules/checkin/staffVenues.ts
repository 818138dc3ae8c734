import { grantsRole, type RoleGrant } from '@shared/contract';
import type { Deps } from '../../deps';

/** A where-clause part limiting a query to the venues a staff member works at (all for global roles). */
export function staffVenueFilter(deps: Deps, roles: RoleGrant[]): { venueId?: unknown } {
  if (roles.some((r) => grantsRole([r], 'staff') && !r.venueId)) return {};
  const venues = [...new Set(roles.filter((r) => grantsRole([r], 'staff') && r.venueId).map((r) => r.venueId!))];
  return { venueId: deps.db.command.in(venues) };
}

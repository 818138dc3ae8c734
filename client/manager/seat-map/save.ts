// What saving the drawn map sends: the resource's new price zones first (when they changed), then the map.
import { resourceUpsertInput, seatMapInput } from '@shared/contract/admin';
import type { ActionInput } from '@shared/contract';
import type { ResourceView } from '@shared/contract/types';
import { parseInput } from '@shared/contract/zh';
import type { SeatMap } from '@shared/rules/seats';
import { toFieldErrors, type FieldErrors } from '../../utils/fieldErrors';
import type { Draft } from './draft';
import { priceZonesOf, zonesChanged, type ZoneRow } from './zones';

/** The map as admin.seatmap.save takes it: the draft's cells, their letters naming the draft's zones. */
export const seatMapOf = (draft: Pick<Draft, 'sections' | 'zones'>): SeatMap => ({
  sections: draft.sections,
  zones: draft.zones.map((z) => z.id),
});

/**
 * The admin.resource.upsert that gives the resource the drawn zones: its fields as loaded and its pricing
 * with the new zones (the upsert merges the policy, so its other rules stay). None for a free resource (its
 * map's one zone has nothing to price) or when the zones are as saved.
 */
export function zonesUpsertOf(resource: ResourceView, zones: ZoneRow[]) {
  const pricing = resource.policy.pricing;
  if (!pricing || !zonesChanged(zones, pricing.zones)) return undefined;
  const { id, venueId, name, kind, mode, allocation, description, location } = resource;
  return {
    id,
    venueId,
    name,
    kind,
    mode,
    allocation,
    // The upsert replaces the resource's fields: one left out would be removed.
    ...(description === undefined ? {} : { description }),
    ...(location === undefined ? {} : { location }),
    policy: { pricing: { ...pricing, zones: priceZonesOf(zones) } },
  };
}

/** What a save sends once the phone's check passes, or the errors it found at the paths the function reports. */
export type SaveCheck =
  { ok: true; map: SeatMap; upsert?: ActionInput<'admin.resource.upsert'> } | { ok: false; errors: FieldErrors };

/** The phone's check of both inputs, by the function's own schemas (the same messages). */
export function checkSave(resource: ResourceView, draft: Pick<Draft, 'sections' | 'zones'>): SaveCheck {
  const mapCheck = parseInput(seatMapInput, seatMapOf(draft));
  const upsert = zonesUpsertOf(resource, draft.zones);
  const upsertCheck = upsert ? parseInput(resourceUpsertInput, upsert) : undefined;
  const errors: FieldErrors = {
    ...(mapCheck.ok ? {} : toFieldErrors(mapCheck.fields.map((f) => ({ ...f, path: `seatMap.${f.path}` })))),
    ...(upsertCheck && !upsertCheck.ok ? toFieldErrors(upsertCheck.fields) : {}),
  };
  if (!mapCheck.ok || (upsertCheck && !upsertCheck.ok)) return { ok: false, errors };
  return { ok: true, map: mapCheck.data, ...(upsertCheck ? { upsert: upsertCheck.data } : {}) };
}

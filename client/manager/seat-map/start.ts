// The draft the editor opens with: the saved map, or one new section, and the zones to paint with.
import type { ResourceView } from '@shared/contract/types';
import type { SeatMap } from '@shared/rules/seats';
import { inZone, zoneOfCell } from './cells';
import { newSection, newZone, type Draft } from './draft';
import { FREE_ZONE, zoneRowsOf, type ZoneRow } from './zones';

/**
 * The zones to paint with: the resource's pricing zones in their order (a free resource: its one zone), then
 * any zone the saved map names that the prices no longer have, by its id, so no seat loses its zone
 * unseen; the save then gives it back to the prices, or the manager removes it. A priced resource with no
 * zones yet starts with one.
 */
function zonesFor(resource: ResourceView, map: SeatMap | null): ZoneRow[] {
  const pricing = resource.policy.pricing;
  if (!pricing) return [FREE_ZONE];
  const rows = zoneRowsOf(pricing.zones);
  for (const id of map?.zones ?? []) if (!rows.some((z) => z.id === id)) rows.push({ id, name: id, prices: {} });
  return rows.length ? rows : [newZone([], [])];
}

export function draftOf(resource: ResourceView, map: SeatMap | null): Draft {
  const zones = zonesFor(resource, map);
  const savedZoneIds = [...(resource.policy.pricing?.zones ?? []).map((z) => z.id), ...(map?.zones ?? [])];
  // The map's letters follow its own zone list; the editor's follow `zones` (a free map: all one zone).
  const letterOf = (cell: string) => {
    const zone = zoneOfCell(cell);
    if (zone < 0) return cell;
    const at = zones.findIndex((z) => z.id === map?.zones[zone]);
    return inZone(cell, Math.max(0, at));
  };
  const sections = map
    ? map.sections.map((s) => ({
        ...s,
        rows: s.rows.map((r) => ({ ...r, cells: [...r.cells].map(letterOf).join('') })),
      }))
    : [newSection([], [])];
  return {
    sections,
    active: 0,
    brush: { kind: 'seat', zone: 0 },
    zones,
    savedSectionIds: map?.sections.map((s) => s.id) ?? [],
    savedZoneIds,
    errors: {},
  };
}

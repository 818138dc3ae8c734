import { grantsRole, type BlockedView } from '@shared/contract';
import { AppError } from '@shared/errors';
import { maskName } from '@shared/rules/idDocument';
import { toIso } from '@shared/time';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { AttendeeDoc, VenueDoc } from '../../db/docs';
import { managedVenueFilter } from '../admin/scope';
import { activeBlocks, creditEverywhere } from './records';

/** The ID numbers blocked now at the manager's venues, each shown through one attendee record. */
export const blockedPeople: Handler<'admin.credit.blocked'> = async ({ deps, roles }, input) => {
  if (input.venueId && !grantsRole(roles, 'manager', input.venueId))
    throw new AppError('FORBIDDEN', { venueId: input.venueId });
  const blocks = await activeBlocks(deps, { venueId: managedVenueFilter(deps, roles, input.venueId).venueId });
  if (blocks.length === 0) return [];
  const hashes = [...new Set(blocks.map((b) => b.idHash))].slice(0, 100);
  const [{ data: people }, credits] = await Promise.all([
    deps.db
      .collection(COLLECTIONS.attendees)
      .where({ idHash: deps.db.command.in(hashes) })
      .limit(100)
      .get(),
    creditEverywhere(deps, hashes),
  ]);
  const venueNames = new Map<string, string>();
  const out: BlockedView[] = [];
  for (const b of blocks) {
    const a = (people as AttendeeDoc[]).find((p) => p.idHash === b.idHash);
    if (!a || out.some((o) => o.attendeeId === a._id && o.venueId === b.venueId)) continue;
    if (!venueNames.has(b.venueId)) {
      const { data } = await deps.db.collection(COLLECTIONS.venues).doc(b.venueId).get();
      venueNames.set(b.venueId, (data as VenueDoc | null)?.name ?? '');
    }
    out.push({
      attendeeId: a._id,
      name: maskName(a.name),
      idMasked: a.idMasked,
      venueId: b.venueId,
      venueName: venueNames.get(b.venueId)!,
      noShows: credits.get(b.idHash)?.noShows ?? 0,
      blockedUntil: toIso(b.until),
    });
  }
  return out;
};

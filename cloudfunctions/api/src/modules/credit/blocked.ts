import { grantsRole } from '@shared/contract';
import { AppError } from '@shared/errors';
import { maskName } from '@shared/rules/idDocument';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import { DAY_MS, toIso } from '@shared/time';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { AttendeeDoc, NoShowDoc, VenueDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import { managedVenueFilter } from '../admin/scope';
import { creditAtVenue } from './records';

/** The ID numbers blocked now at the manager's venues, each shown through one attendee record. */
export const blockedPeople: Handler<'admin.credit.blocked'> = async ({ deps, roles }, input) => {
  if (input.venueId && !grantsRole(roles, 'manager', input.venueId)) throw new AppError('FORBIDDEN', { venueId: input.venueId });
  const rule = DEFAULT_POLICY.noShow;
  const since = deps.clock() - (rule.windowDays + rule.blockDays) * DAY_MS;
  const noShows = await readAll<NoShowDoc>(
    deps.db
      .collection(COLLECTIONS.noshows)
      .where({ at: deps.db.command.gte(since), ...managedVenueFilter(deps, roles, input.venueId) })
      .orderBy('at', 'asc'),
    5000,
  );
  const out = [];
  for (const venueId of new Set(noShows.map((n) => n.venueId))) {
    const hashes = [...new Set(noShows.filter((n) => n.venueId === venueId).map((n) => n.idHash))];
    const credits = await creditAtVenue(deps, hashes, venueId, rule);
    const blocked = hashes.filter((h) => credits.get(h)?.blockedUntil != null);
    if (blocked.length === 0) continue;
    const { data: venue } = await deps.db.collection(COLLECTIONS.venues).doc(venueId).get();
    const { data: people } = await deps.db
      .collection(COLLECTIONS.attendees)
      .where({ idHash: deps.db.command.in(blocked) })
      .limit(100)
      .get();
    for (const h of blocked) {
      const a = (people as AttendeeDoc[]).find((p) => p.idHash === h);
      if (!a) continue;
      const c = credits.get(h)!;
      out.push({
        attendeeId: a._id,
        name: maskName(a.name),
        idMasked: a.idMasked,
        venueId,
        venueName: (venue as VenueDoc | null)?.name ?? '',
        noShows: c.noShows,
        blockedUntil: toIso(c.blockedUntil!),
      });
    }
  }
  return out;
};

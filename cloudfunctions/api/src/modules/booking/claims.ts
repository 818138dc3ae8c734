// "At most perIdPerDay bookings per ID number per resource per day, across accounts" is enforced by
// claim documents with deterministic ids `idHash:resource:date:k` (k = 1..perIdPerDay): inserting one
// is atomic and the _id is unique, so two accounts booking the same person at once cannot both win.
// No prior query decides anything. A claim already held by the same booking (a retried request)
// counts as ours.
import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../db/schema';
import type { ClaimDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import type { Deps } from '../../deps';

export function claimId(idHash: string, resourceId: string, date: string, k: number): string {
  return `${idHash}:${resourceId}:${date}:${k}`;
}

async function claimOne(deps: Deps, ids: string[], bookingId: string): Promise<string | null> {
  const claims = deps.db.collection(COLLECTIONS.claims);
  for (const _id of ids) {
    try {
      await claims.add({ data: { _id, bookingId, createdAt: deps.clock() } satisfies ClaimDoc });
      return _id;
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
      const { data } = await claims.doc(_id).get();
      if ((data as ClaimDoc | null)?.bookingId === bookingId) return _id;
    }
  }
  return null;
}

/**
 * One claim per attendee, or DUPLICATE_BOOKING naming who is already booked that day
 * (and no claim left behind).
 */
export async function takeClaims(
  deps: Deps,
  people: { idHash: string; name: string }[],
  resourceId: string,
  date: string,
  perIdPerDay: number,
  bookingId: string,
): Promise<string[]> {
  const results = await Promise.allSettled(
    people.map((p) =>
      claimOne(
        deps,
        Array.from({ length: perIdPerDay }, (_, i) => claimId(p.idHash, resourceId, date, i + 1)),
        bookingId,
      ),
    ),
  );
  const taken: string[] = [];
  const refused: string[] = [];
  let failure: unknown;
  results.forEach((r, i) => {
    if (r.status === 'rejected') failure ??= r.reason;
    else if (r.value) taken.push(r.value);
    else refused.push(people[i].name);
  });
  if (failure !== undefined || refused.length > 0) {
    await releaseClaims(deps, taken);
    if (failure !== undefined) throw failure;
    throw new AppError('DUPLICATE_BOOKING', { names: refused }, `${refused.join('、')}当天已预约过此项目`);
  }
  return taken;
}

export async function releaseClaims(deps: Deps, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await deps.db
    .collection(COLLECTIONS.claims)
    .where({ _id: deps.db.command.in(ids) })
    .remove();
}

import { AppError } from '@shared/errors';
import type { NoShowPolicy } from '@shared/rules/policy';
import { toIso } from '@shared/time';
import type { Person } from '../booking/claims';
import type { Deps } from '../../deps';
import { creditAtVenue } from './records';

/** BLOCKED, naming who and until when, if any of these people is blocked at the venue. */
export async function assertNotBlocked(deps: Deps, people: Person[], venueId: string, rule: NoShowPolicy): Promise<void> {
  const credits = await creditAtVenue(deps, people.map((p) => p.idHash), venueId, rule);
  const blocked = people.filter((p) => credits.get(p.idHash)?.blockedUntil != null);
  if (blocked.length === 0) return;
  const until = Math.max(...blocked.map((p) => credits.get(p.idHash)!.blockedUntil!));
  const date = toIso(until).slice(0, 10);
  throw new AppError(
    'BLOCKED',
    { names: blocked.map((p) => p.name), until: toIso(until) },
    `${blocked.map((p) => p.name).join('、')}因多次预约未到场，暂停预约至${date}`,
  );
}

import { AppError } from '@shared/errors';
import { dateTime } from '@shared/dates';
import { toIso } from '@shared/time';
import type { Person } from '../booking/claims';
import type { Deps } from '../../deps';
import { activeBlocks } from './records';

/** BLOCKED, naming who and until when, if any of these people is blocked at the venue. */
export async function assertNotBlocked(deps: Deps, people: Person[], venueId: string): Promise<void> {
  const blocks = await activeBlocks(deps, { idHashes: people.map((p) => p.idHash), venueId });
  if (blocks.length === 0) return;
  const names = people.filter((p) => blocks.some((b) => b.idHash === p.idHash)).map((p) => p.name);
  const until = toIso(Math.max(...blocks.map((b) => b.until)));
  throw new AppError('BLOCKED', { names, until }, `${names.join('、')}因多次预约未到场，暂停预约至 ${dateTime(until)}`);
}

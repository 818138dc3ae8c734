import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { WaitEntryDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import { queueOf } from './queue';
import { waitEntryView } from './view';

/** The caller's newest 100 waiting entries, with their place in line while they wait. */
export const myWaitlist: Handler<'waitlist.mine'> = async ({ deps, openid }) => {
  const entries = await readAll<WaitEntryDoc>(
    deps.db.collection(COLLECTIONS.waitlist).where({ openid }).orderBy('createdAt', 'desc').orderBy('_id', 'asc'),
    100,
  );
  const slots = [...new Set(entries.filter((e) => e.status === 'waiting').map((e) => e.slotId))];
  const queues = new Map(await Promise.all(slots.map(async (s) => [s, await queueOf(deps, s)] as const)));
  return entries.map((e) => waitEntryView(e, queues.get(e.slotId) ?? []));
};

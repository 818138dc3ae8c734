import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { WaitEntryDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import { positionOf } from './transition';
import { waitEntryView } from './view';

/** The caller's newest 100 waiting entries, with their place in line while they wait. */
export const myWaitlist: Handler<'waitlist.mine'> = async ({ deps, openid }) => {
  const entries = await readAll<WaitEntryDoc>(
    deps.db.collection(COLLECTIONS.waitlist).where({ openid }).orderBy('createdAt', 'desc').orderBy('_id', 'asc'),
    100,
  );
  return Promise.all(entries.map(async (e) => waitEntryView(e, await positionOf(deps, e))));
};

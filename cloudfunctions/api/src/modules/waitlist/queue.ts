// A slot's waiting order: one queue document whose `ids` array only grows. `_.push` appends an entry
// id atomically, so an entry's index in the array is its sequence number — the database's order, not
// a timestamp's (the clock can be frozen). Entries keep their number; who is still waiting is the
// entries' status, so the array is never edited.
import { COLLECTIONS } from '../../db/schema';
import type { QueueDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import type { Deps } from '../../deps';

async function push(deps: Deps, slotId: string, entryId: string): Promise<void> {
  const queues = deps.db.collection(COLLECTIONS.queues);
  const pushed = await queues.doc(slotId).update({ data: { ids: deps.db.command.push(entryId) } });
  if (pushed.stats.updated === 1) return;
  try {
    await queues.add({ data: { _id: slotId, ids: [entryId] } satisfies QueueDoc });
  } catch (e) {
    // Another first entry created the queue a moment ago: append to it.
    if (!isDuplicateKey(e)) throw e;
    await queues.doc(slotId).update({ data: { ids: deps.db.command.push(entryId) } });
  }
}

/** Appends the entry (once: a retried join finds its id already there) and answers its sequence number. */
export async function enqueue(deps: Deps, slotId: string, entryId: string): Promise<number> {
  const read = async () =>
    ((await deps.db.collection(COLLECTIONS.queues).doc(slotId).get()).data as QueueDoc | null)?.ids ?? [];
  let index = (await read()).indexOf(entryId);
  if (index < 0) {
    await push(deps, slotId, entryId);
    index = (await read()).indexOf(entryId);
  }
  return index;
}

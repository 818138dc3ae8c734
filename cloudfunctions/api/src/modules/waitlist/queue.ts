// A slot's waiting order lives in one queue document: `_.push` appends an entry id atomically, so the
// order is the database's, not a timestamp's (the clock can be frozen); `_.pull` removes one.
import { COLLECTIONS } from '../../db/schema';
import type { QueueDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import type { Deps } from '../../deps';

export async function enqueue(deps: Deps, slotId: string, entryId: string): Promise<void> {
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

export async function dequeue(deps: Deps, slotId: string, entryId: string): Promise<void> {
  await deps.db
    .collection(COLLECTIONS.queues)
    .doc(slotId)
    .update({ data: { ids: deps.db.command.pull(entryId) } });
}

export async function queueOf(deps: Deps, slotId: string): Promise<string[]> {
  const { data } = await deps.db.collection(COLLECTIONS.queues).doc(slotId).get();
  return (data as QueueDoc | null)?.ids ?? [];
}

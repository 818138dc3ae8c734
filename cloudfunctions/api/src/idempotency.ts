// Every mutating action carries a requestId. The first call writes a `requests` record with a
// deterministic _id (caller + requestId), so the database's _id uniqueness decides which of two
// simultaneous deliveries runs; the other answers CONFLICT while the first runs and the stored
// answer once it is done. Expected failures are stored too: a retry sees the same answer.
// An unexpected error deletes the record so that a retry can run again.
import { createHash } from 'crypto';
import { AppError, type Envelope } from '@shared/errors';
import { COLLECTIONS } from './db/schema';
import type { RequestDoc } from './db/docs';
import { isDuplicateKey } from './db/errors';
import type { Deps } from './deps';

/** Longer than the function's 60 s limit: a record still "running" after this was left by a crash. */
const ABANDONED_AFTER_MS = 90_000;

function requestKey(openid: string, requestId: string): string {
  return 'r' + createHash('sha256').update(`${openid}\0${requestId}`).digest('hex').slice(0, 40);
}

/** What a request asked for: a requestId reused for anything else is a CONFLICT. */
export function hashPayload(action: string, data: unknown): string {
  return createHash('sha256')
    .update(action)
    .update('\0')
    .update(JSON.stringify(data ?? {}))
    .digest('hex');
}

export async function once(
  deps: Deps,
  openid: string,
  requestId: string,
  action: string,
  data: unknown,
  run: () => Promise<Envelope<unknown>>,
): Promise<Envelope<unknown>> {
  const requests = deps.db.collection(COLLECTIONS.requests);
  const _id = requestKey(openid, requestId);
  const payloadHash = hashPayload(action, data);
  const now = deps.clock();

  try {
    await requests.add({ data: { _id, action, payloadHash, state: 'running', startedAt: now, createdAt: now } });
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    const seen = (await requests.doc(_id).get()).data as RequestDoc | null;
    if (!seen) throw e;
    if (seen.payloadHash !== payloadHash) {
      throw new AppError('CONFLICT', { requestId }, '该请求编号已用于另一操作');
    }
    if (seen.state === 'done') return seen.answer as Envelope<unknown>;
    // Still running: either another delivery is at work, or a crash left it behind.
    const taken = await requests
      .where({ _id, state: 'running', startedAt: deps.db.command.lt(now - ABANDONED_AFTER_MS) })
      .update({ data: { startedAt: now } });
    if (taken.stats.updated !== 1) throw new AppError('CONFLICT', { requestId }, '请求正在处理中，请稍候');
  }

  let answer: Envelope<unknown>;
  try {
    answer = await run();
  } catch (e) {
    await requests
      .doc(_id)
      .remove()
      .catch(() => undefined);
    throw e;
  }
  // _.set stores the answer as one value instead of merging it field by field.
  await requests.doc(_id).update({ data: { state: 'done', answer: deps.db.command.set(answer) } });
  return answer;
}

/** Records of finished requests older than this are purged by a timer job. */
export const REQUEST_RETENTION_MS = 7 * 24 * 3600 * 1000;

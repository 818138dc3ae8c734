// Notices are written right after the state change they report. A notice about a step that may run
// twice (a job, a retried request) carries a key: its id derives from it, so it is written once. A
// notice that goes out as a subscribe message is queued for delivery with it (message/outbox.ts).
import type { NoticeData, NoticeKind } from '@shared/contract';
import { COLLECTIONS } from '../../db/schema';
import type { NoticeDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import { derivedId, newId } from '../../lib/ids';
import type { Deps } from '../../deps';
import { noticeText } from './text';
import { queueMessage } from '../message/outbox';

export async function sendNotice(
  deps: Deps,
  openid: string,
  kind: NoticeKind,
  data: NoticeData,
  key?: string,
): Promise<void> {
  const doc: NoticeDoc = {
    _id: key ? derivedId('n', kind, key) : newId(),
    openid,
    kind,
    ...noticeText(kind, data),
    data,
    read: false,
    createdAt: deps.clock(),
  };
  try {
    await deps.db.collection(COLLECTIONS.notices).add({ data: doc });
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
  }
  // With a key, a notice written again (a repeated step) queues its message again: the message's id
  // derives from the notice's, so it is queued once. A notice without a key is written once anyway.
  await queueMessage(deps, doc);
}

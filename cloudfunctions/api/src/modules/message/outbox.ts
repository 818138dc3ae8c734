// A notice that goes out as a subscribe message is queued in the outbox right after it is written,
// with an id derived from the notice, so a repeated step queues it once. Building it fits every value
// to its field. A kind with no configured template, or a user with no credit for it, stays in-app only
// (a credit is still checked and spent at delivery: two messages may compete for the last one).
import { COLLECTIONS } from '../../db/schema';
import type { MessageDoc, NoticeDoc, SubscriptionDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import { derivedId } from '../../lib/ids';
import type { Deps } from '../../deps';
import { subscriptionId } from './credits';
import { buildMessage, TEMPLATE_OF } from './templates';

export async function queueMessage(deps: Deps, notice: NoticeDoc): Promise<void> {
  const kind = TEMPLATE_OF[notice.kind];
  const templateId = kind && deps.templates[kind];
  if (!kind || !templateId) return;
  const { data: sub } = await deps.db
    .collection(COLLECTIONS.subscriptions)
    .doc(subscriptionId(notice.openid, templateId))
    .get();
  if (!sub || (sub as SubscriptionDoc).credits < 1) return;
  const { page, data } = buildMessage(kind, notice.kind, notice.data);
  const message: MessageDoc = {
    _id: derivedId('m', notice._id),
    openid: notice.openid,
    noticeId: notice._id,
    kind,
    templateId,
    page,
    data,
    status: 'queued',
    attempts: 0,
    nextAttemptAt: notice.createdAt,
    creditSpent: false,
    createdAt: notice.createdAt,
  };
  try {
    await deps.db.collection(COLLECTIONS.messages).add({ data: message });
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
  }
}

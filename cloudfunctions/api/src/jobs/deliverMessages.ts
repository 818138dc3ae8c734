// Delivers the outbox with cloud.openapi.subscribeMessage.send.
//
// Exactly once, choosing "at most once": WeChat cannot deduplicate for us, and a message sent twice
// (a second "预约成功" on the user's phone) is worse than one missing — the in-app notice exists either
// way. So a delivery first leases the message (queued → sending, conditional on the attempt it read:
// two deliveries at once never both get it), then spends one credit (once per message, see
// spendCredit), then sends, then marks it sent. A delivery that
// stops between leasing and marking leaves a message whose lease runs out; it is then marked
// `unknown` and never sent again, because it may have been sent.
//
// No credit: in-app only. WeChat 43101 (the user has no subscription after all): failed, and our
// count for that template is reset. 47003 (a field WeChat refuses): failed. Anything else: retried with
// exponential backoff, at most MAX_ATTEMPTS times, on the credit already spent.
import { COLLECTIONS } from '../db/schema';
import type { MessageDoc } from '../db/docs';
import type { Deps } from '../deps';
import { subscriptionId } from '../modules/message/credits';
import { timeBudget } from '../lib/budget';
import type { Job } from './job';

export const MAX_ATTEMPTS = 5;
export const LEASE_MS = 60_000;
const BATCH = 50;
/** Leaves time in the 60 s limit for the other jobs. */
const BUDGET_MS = 15_000;
const NO_SUBSCRIPTION = 43101;
const BAD_FIELD = 47003;

/** 1 min, 2 min, 4 min, 8 min … after the failed attempt. */
export const backoffMs = (attempts: number) => 60_000 * 2 ** (attempts - 1);

/**
 * One conditional decrement (never below zero, so two deliveries for one user never spend a credit
 * twice), then the mark on the message, which a retry needs so it does not spend again. Stopping in
 * between loses that credit: the message is leased, so it ends `unknown` and one message fewer goes
 * out — the same side of the trade-off as above.
 */
async function spendCredit(deps: Deps, m: MessageDoc): Promise<boolean> {
  const _ = deps.db.command;
  const spent = await deps.db
    .collection(COLLECTIONS.subscriptions)
    .where({ _id: subscriptionId(m.openid, m.templateId), credits: _.gte(1) })
    .update({ data: { credits: _.inc(-1), updatedAt: deps.clock() } });
  if (spent.stats.updated !== 1) return false;
  await deps.db
    .collection(COLLECTIONS.messages)
    .doc(m._id)
    .update({ data: { creditSpent: true } });
  return true;
}

async function finish(deps: Deps, m: MessageDoc, data: Partial<MessageDoc>): Promise<void> {
  await deps.db
    .collection(COLLECTIONS.messages)
    .where({ _id: m._id, status: 'sending', attempts: m.attempts })
    .update({ data });
}

async function deliver(deps: Deps, queued: MessageDoc): Promise<void> {
  const now = deps.clock();
  const messages = deps.db.collection(COLLECTIONS.messages);
  const leased = await messages
    .where({ _id: queued._id, status: 'queued', attempts: queued.attempts })
    .update({ data: { status: 'sending', leaseUntil: now + LEASE_MS } });
  if (leased.stats.updated !== 1) return;
  const m = { ...queued, status: 'sending' as const };
  if (!m.creditSpent && !(await spendCredit(deps, m))) {
    await finish(deps, m, { status: 'inbox_only', reason: 'no_credit' });
    return;
  }
  let error: unknown;
  try {
    await deps.openapi.subscribeMessage.send({
      touser: m.openid,
      templateId: m.templateId,
      page: m.page,
      data: m.data,
      miniprogramState: 'formal',
    });
  } catch (e) {
    error = e ?? new Error('send failed');
  }
  // Only the send's own failure is retried: a failure to record a send that succeeded must never
  // queue the message again (it leaves it leased, so it ends `unknown`).
  if (error === undefined) {
    await finish(deps, m, { status: 'sent', sentAt: deps.clock() });
    return;
  }
  await afterFailure(deps, m, error);
}

/** What a failed send leads to: the end of the message (permanent errors, too many tries) or a retry. */
async function afterFailure(deps: Deps, m: MessageDoc, error: unknown): Promise<void> {
  const code = (error as { errCode?: number }).errCode;
  const attempts = m.attempts + 1;
  if (code === NO_SUBSCRIPTION) {
    await finish(deps, m, { status: 'failed', reason: 'no_subscription', attempts });
    await deps.db
      .collection(COLLECTIONS.subscriptions)
      .doc(subscriptionId(m.openid, m.templateId))
      .update({ data: { credits: 0 } });
  } else if (code === BAD_FIELD) {
    deps.log.error('subscribe message refused', {
      messageId: m._id,
      error: String((error as { errMsg?: string }).errMsg ?? error),
    });
    await finish(deps, m, { status: 'failed', reason: 'bad_field', attempts });
  } else if (attempts >= MAX_ATTEMPTS) {
    await finish(deps, m, { status: 'failed', reason: 'gave_up', attempts });
  } else {
    await finish(deps, m, { status: 'queued', attempts, nextAttemptAt: deps.clock() + backoffMs(attempts) });
  }
}

export const deliverMessages: Job = {
  name: 'deliverMessages',
  async run(deps) {
    const _ = deps.db.command;
    const messages = deps.db.collection(COLLECTIONS.messages);
    const now = deps.clock();
    // Deliveries that stopped mid-way: may have been sent, so never again.
    const { data: stale } = await messages
      .where({ status: 'sending', leaseUntil: _.lte(now) })
      .limit(BATCH)
      .get();
    for (const m of stale as MessageDoc[]) {
      await messages
        .where({ _id: m._id, status: 'sending', leaseUntil: m.leaseUntil })
        .update({ data: { status: 'unknown', reason: 'interrupted' } });
    }
    const budget = timeBudget(BUDGET_MS);
    let worked = stale.length > 0;
    while (!budget.spent()) {
      const { data: due } = await messages
        .where({ status: 'queued', nextAttemptAt: _.lte(now) })
        .orderBy('nextAttemptAt', 'asc')
        .limit(BATCH)
        .get();
      for (const m of due as MessageDoc[]) await deliver(deps, m);
      worked ||= due.length > 0;
      if (due.length < BATCH) break;
    }
    return { worked };
  },
};

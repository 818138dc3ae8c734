// The timer's part in lotteries: close, freeze and draw at their times; pass on the places of winners
// who did not confirm in time (down the ranked list, or to the waiting list, by policy); tell the losers.
import { toIso } from '@shared/time';
import { COLLECTIONS } from '../db/schema';
import { timeBudget } from '../lib/budget';
import type { ApplicationDoc, LotteryDoc } from '../db/docs';
import type { Deps } from '../deps';
import { advanceLottery, PAGE } from '../modules/lottery/advance';
import { passOn, toWaitlist, type DrawStart } from '../modules/lottery/places';
import { audit, TIMER_ACTOR } from '../modules/audit/log';
import { derivedId } from '../lib/ids';
import { sendNotice } from '../modules/notice/send';
import { promoteWaitlist } from '../modules/waitlist/promote';
import type { Job } from './job';

/** Leaves time in the 60 s limit for the other jobs. */
const DRAW_BUDGET_MS = 30_000;
const LOSERS_BUDGET_MS = 15_000;

export const drawLotteries: Job = {
  name: 'drawLotteries',
  async run(deps) {
    const _ = deps.db.command;
    const { data } = await deps.db
      .collection(COLLECTIONS.lotteries)
      .where({ status: _.in(['open', 'freezing', 'closed', 'drawing']), closesAt: _.lte(deps.clock()) }) // never drawn or cancelled ones
      .limit(10)
      .get();
    let worked = false;
    for (const l of data as LotteryDoc[]) {
      const budget = DRAW_BUDGET_MS / data.length;
      worked = (await advanceLottery(deps, l._id, budget, { onDrawStarted: (s) => auditDraw(deps, s) })) || worked;
    }
    return { worked };
  },
};

/**
 * The timer's draw in the audit trail, as the router records a manager's lottery.draw. Written when
 * this run's transaction started the draw, so a draw a manager started (or one started concurrently
 * by a manager, who then won the transition) is theirs alone, and two overlapping timer runs write it
 * once. The _id derives from the slot: this write repeated after its answer was lost finds the entry
 * and adds none, and no later run can add a second for the same lottery. The trade-off: a
 * crash between the transition and this write leaves the draw unaudited, since the next run sees it
 * drawing and cannot tell whose start that was; the lottery itself (drawnAt, its published hashes)
 * still records it.
 */
async function auditDraw(deps: Deps, { lottery, places }: DrawStart): Promise<void> {
  await audit(deps, {
    _id: derivedId('au', TIMER_ACTOR, 'lottery.draw', lottery._id),
    actor: TIMER_ACTOR,
    action: 'lottery.draw',
    venueId: lottery.venueId,
    target: lottery._id,
    detail: { places, applicants: lottery.applicants, listHash: lottery.listHash, drawAt: toIso(lottery.drawAt) },
  });
}

/**
 * Won → forfeited at the deadline (conditional: a confirm racing it either wins or is refused), then
 * the places go on. A run that stopped between the two is finished by the next (`passedOn: false`).
 */
export const forfeitUnconfirmed: Job = {
  name: 'forfeitUnconfirmed',
  async run(deps) {
    const _ = deps.db.command;
    const apps = deps.db.collection(COLLECTIONS.applications);
    const { data: due } = await apps
      .where({ status: 'won', confirmBy: _.lte(deps.clock()) })
      .limit(50)
      .get();
    for (const a of due as ApplicationDoc[]) {
      await apps
        .where({ _id: a._id, status: 'won' })
        .update({ data: { status: 'forfeited', passedOn: false, updatedAt: deps.clock() } });
    }
    const { data: pending } = await apps.where({ status: 'forfeited', passedOn: false }).limit(50).get();
    for (const a of pending as ApplicationDoc[]) {
      const waitlist = await toWaitlist(deps, a.resourceId);
      await passOn(deps, a, waitlist);
      if (waitlist) await promoteWaitlist(deps, a.slotId);
    }
    return { worked: due.length > 0 || pending.length > 0 };
  },
};

/**
 * One page of loser notices: the applications still applied after the first draw, in id order from the
 * stored cursor. Notices are keyed by application, so a page repeated after a crash tells nobody twice.
 * A loser who wins a later round (places passed on) is then told that too.
 */
async function tellLosersPage(deps: Deps, l: LotteryDoc): Promise<boolean> {
  const _ = deps.db.command;
  const cursor = l.losers!;
  const { data } = await deps.db
    .collection(COLLECTIONS.applications)
    .where({ slotId: l._id, status: 'applied', _id: _.gt(cursor.afterId) })
    .orderBy('_id', 'asc')
    .limit(PAGE)
    .get();
  const page = data as ApplicationDoc[];
  const unconfirmed = (await toWaitlist(deps, l.resourceId)) ? 'waitlist' : 'nextRanks';
  await Promise.all(
    page.map((a) =>
      sendNotice(
        deps,
        a.openid,
        'lottery_lost',
        {
          resourceName: a.resourceName,
          venueName: a.venueName,
          start: toIso(a.start),
          end: toIso(a.end),
          applicationId: a._id,
          unconfirmed,
        },
        a._id,
      ),
    ),
  );
  const done = page.length < PAGE;
  await deps.db
    .collection(COLLECTIONS.lotteries)
    .where({ _id: l._id, 'losers.afterId': cursor.afterId })
    .update({ data: { losers: _.set({ afterId: page.at(-1)?._id ?? cursor.afterId, done }) } });
  return !done;
}

export const tellLosers: Job = {
  name: 'tellLosers',
  async run(deps) {
    const budget = timeBudget(LOSERS_BUDGET_MS);
    const lotteries = deps.db.collection(COLLECTIONS.lotteries);
    // A lottery cancelled after its draw tells nobody they lost: its slot's sweep tells them it ended.
    const { data } = await lotteries
      .where({ 'losers.done': false, status: deps.db.command.neq('cancelled') })
      .limit(10)
      .get();
    for (const { _id } of data as LotteryDoc[]) {
      for (;;) {
        if (budget.spent()) return { worked: true };
        const l = (await lotteries.doc(_id).get()).data as LotteryDoc;
        if (l.status === 'cancelled' || l.losers?.done !== false || !(await tellLosersPage(deps, l))) break;
      }
    }
    return { worked: data.length > 0 };
  },
};

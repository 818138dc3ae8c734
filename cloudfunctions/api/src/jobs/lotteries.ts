// The timer's part in lotteries: close, freeze and draw at their times, and pass the places of
// winners who did not confirm in time down the ranked list (a new round from the draw's cursor).
import { COLLECTIONS } from '../db/schema';
import type { ApplicationDoc, LotteryDoc } from '../db/docs';
import { advanceLottery } from '../modules/lottery/advance';
import type { Deps } from '../deps';
import type { Job } from './job';

/** Leaves time in the 60 s limit for the other jobs. */
const BUDGET_MS = 30_000;

export const drawLotteries: Job = {
  name: 'drawLotteries',
  async run(deps) {
    const _ = deps.db.command;
    const { data } = await deps.db
      .collection(COLLECTIONS.lotteries)
      .where({ status: _.in(['open', 'freezing', 'closed', 'drawing']), closesAt: _.lte(deps.clock()) })
      .limit(10)
      .get();
    let worked = false;
    for (const l of data as LotteryDoc[]) worked = (await advanceLottery(deps, l._id, BUDGET_MS / data.length)) || worked;
    return { worked };
  },
};

/**
 * The forfeited places go on down the ranked list: a drawn lottery starts a next round from its
 * cursor with them; one already drawing a round gets them added. Each step is conditional on the
 * state it read, so it is retried when the state moved in between.
 */
async function passOn(deps: Deps, a: ApplicationDoc): Promise<void> {
  const lotteries = deps.db.collection(COLLECTIONS.lotteries);
  for (let attempt = 0; attempt < 5; attempt++) {
    const lottery = (await lotteries.doc(a.slotId).get()).data as LotteryDoc;
    const draw = lottery.draw!;
    const res =
      lottery.status === 'drawn'
        ? await lotteries.where({ _id: a.slotId, status: 'drawn', 'draw.round': draw.round }).update({
            data: { status: 'drawing', draw: deps.db.command.set({ ...draw, left: draw.left + a.size, round: draw.round + 1 }) },
          })
        : await lotteries.where({ _id: a.slotId, status: 'drawing', 'draw.round': draw.round }).update({ data: { 'draw.left': deps.db.command.inc(a.size) } });
    if (res.stats.updated === 1) return;
  }
  deps.log.error('forfeited places not passed on', { applicationId: a._id });
}

export const forfeitUnconfirmed: Job = {
  name: 'forfeitUnconfirmed',
  async run(deps) {
    const _ = deps.db.command;
    const { data } = await deps.db
      .collection(COLLECTIONS.applications)
      .where({ status: 'won', confirmBy: _.lte(deps.clock()) })
      .limit(50)
      .get();
    for (const a of data as ApplicationDoc[]) {
      const res = await deps.db.collection(COLLECTIONS.applications).where({ _id: a._id, status: 'won' }).update({ data: { status: 'forfeited', updatedAt: deps.clock() } });
      if (res.stats.updated !== 1) continue;
      await passOn(deps, a);
    }
    return { worked: data.length > 0 };
  },
};

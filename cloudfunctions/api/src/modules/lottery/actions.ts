import { grantsRole } from '@shared/contract';
import { AppError, stateError } from '@shared/errors';
import type { Handler, PublicHandler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { ApplicationDoc, LotteryDoc, SlotDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import type { Deps } from '../../deps';
import { managedVenueFilter } from '../admin/scope';
import { requireResource, requireSlot } from '../catalog/repository';
import { advanceLottery, IN_DRAW, PAGE } from './advance';
import { requireLottery } from './repository';
import { applicationView, lotteryView } from './views';

/** What lottery.draw does within one call; the timer finishes a larger draw. */
const DRAW_BUDGET_MS = 40_000;

async function view(deps: Deps, slotId: string) {
  const [lottery, slot] = await Promise.all([requireLottery(deps, slotId), requireSlot(deps.db, slotId)]);
  return lotteryView(lottery, slot, await requireResource(deps.db, slot.resourceId), deps.clock());
}

export const getLottery: PublicHandler<'lottery.get'> = async ({ deps }, input) => view(deps, input.slotId);

/** The frozen list a page at a time, once drawn: anyone can recompute the draw from it and the seed. */
export const lotteryEntries: PublicHandler<'lottery.entries'> = async ({ deps }, input) => {
  const lottery = await requireLottery(deps, input.slotId);
  if (lottery.status !== 'drawn') throw stateError('lottery_not_drawn', '开奖后可查看抽签名单');
  const _ = deps.db.command;
  const { data } = await deps.db
    .collection(COLLECTIONS.applications)
    .where({ slotId: input.slotId, status: _.in(IN_DRAW), _id: _.gt(input.after ?? '') })
    .orderBy('_id', 'asc')
    .limit(PAGE)
    .get();
  const page = data as ApplicationDoc[];
  return {
    entries: page.map((a) => ({ id: a._id, size: a.size, weight: a.weight, won: a.round === 1 })),
    ...(page.length === PAGE ? { next: page[PAGE - 1]._id } : {}),
  };
};

export const drawLottery: Handler<'lottery.draw'> = async ({ deps, roles }, input) => {
  const [lottery, slot] = await Promise.all([requireLottery(deps, input.slotId), requireSlot(deps.db, input.slotId)]);
  if (!grantsRole(roles, 'manager', lottery.venueId)) throw new AppError('FORBIDDEN', { venueId: lottery.venueId });
  // The slot too: between the close and its sweep the lottery document may not say so yet.
  if (lottery.status === 'cancelled' || slot.cancelled)
    throw stateError('slot_cancelled', '该时段已被场馆取消，抽签已终止');
  if (deps.clock() < lottery.closesAt) throw stateError('lottery_still_open', '报名截止后才能抽签');
  if (lottery.status === 'drawn') throw stateError('lottery_already_drawn', '已开奖');
  await advanceLottery(deps, input.slotId, DRAW_BUDGET_MS, { drawNow: true });
  return view(deps, input.slotId);
};

export const myApplications: Handler<'lottery.mine'> = async ({ deps, openid }) => {
  const apps = await readAll<ApplicationDoc>(
    deps.db.collection(COLLECTIONS.applications).where({ openid }).orderBy('createdAt', 'desc').orderBy('_id', 'asc'),
    100,
  );
  const slots = [...new Set(apps.map((a) => a.slotId))];
  const status = new Map<string, LotteryDoc['status']>();
  for (const s of slots) status.set(s, (await requireLottery(deps, s)).status);
  // An application that got in as the slot was being closed, after its sweep: ended all the same.
  const ended = (a: ApplicationDoc): ApplicationDoc =>
    a.status === 'applied' && status.get(a.slotId) === 'cancelled' ? { ...a, status: 'cancelled_by_venue' } : a;
  return apps.map((a) => applicationView(ended(a), status.get(a.slotId) === 'drawn'));
};

export const listLotteries: Handler<'admin.lottery.list'> = async ({ deps, roles }, input) => {
  if (input.venueId && !grantsRole(roles, 'manager', input.venueId))
    throw new AppError('FORBIDDEN', { venueId: input.venueId });
  const lotteries = await readAll<LotteryDoc>(
    deps.db
      .collection(COLLECTIONS.lotteries)
      .where(managedVenueFilter(deps, roles, input.venueId))
      .orderBy('drawAt', 'desc')
      .orderBy('_id', 'asc'),
    200,
  );
  const now = deps.clock();
  const out = [];
  for (const l of lotteries) {
    const { data } = await deps.db.collection(COLLECTIONS.slots).doc(l._id).get();
    if (!data) continue;
    const slot = data as SlotDoc;
    out.push(lotteryView(l, slot, await requireResource(deps.db, slot.resourceId), now));
  }
  return out;
};

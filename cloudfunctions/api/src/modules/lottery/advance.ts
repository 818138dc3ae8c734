// The close and the draw, page by page within WeChat's 100-documents-per-read limit, each page
// resumable: the cursor is stored after the page's writes, and a page repeated after a crash makes
// the same writes (conditional, so nothing twice) and stores the same cursor. Losses are not written:
// an application still "applied" after the draw has lost.
//   open → (closesAt passed) freezing: hash the applicant list in id order (docs/lottery.md §2)
//   → closed: list hash published → (drawAt passed, or lottery.draw) drawing: walk applications by
//   rank, allocating places (§5) → drawn: seed revealed, winners told (losers by jobs/lotteries.ts).
//   From any of these the venue's closing of the slot ends it as cancelled, where nothing moves it on
//   (repository.ts cancelLottery; the slot's sweep ends its applications).
// The draw holds the slot's places from its start (places.ts): a winner's are its own until it
// confirms (its booking keeps them) or forfeits (they go on, by policy).
import { allocate, chainLink, commitmentOf, type LotteryEntry } from '@shared/rules/lottery';
import { bookingClosesAt, resolvePolicy } from '@shared/rules/policy';
import { HOUR_MS, toIso } from '@shared/time';
import { COLLECTIONS } from '../../db/schema';
import { timeBudget } from '../../lib/budget';
import type { ApplicationDoc, LotteryDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { findResource } from '../catalog/repository';
import { sendNotice } from '../notice/send';
import { finishRound, startDraw, toWaitlist, type DrawStart } from './places';

export const PAGE = 100;
/** Applications that took part in the draw (withdrawn ones did not). */
export const IN_DRAW = ['applied', 'won', 'confirmed', 'forfeited'];

async function setState(
  deps: Deps,
  l: LotteryDoc,
  where: Record<string, unknown>,
  data: Record<string, unknown>,
): Promise<boolean> {
  const res = await deps.db
    .collection(COLLECTIONS.lotteries)
    .where({ _id: l._id, ...where })
    .update({ data });
  return res.stats.updated === 1;
}

/** One page of the list hash; false once the list is frozen. */
async function freezePage(deps: Deps, l: LotteryDoc): Promise<boolean> {
  const _ = deps.db.command;
  const cursor = l.freeze ?? { afterId: '', h: '' };
  const { data } = await deps.db
    .collection(COLLECTIONS.applications)
    .where({ slotId: l._id, status: _.in(IN_DRAW), _id: _.gt(cursor.afterId) })
    .orderBy('_id', 'asc')
    .limit(PAGE)
    .get();
  const page = data as ApplicationDoc[];
  const h = page.length ? chainLink(cursor.h, page.map(entryOf)) : cursor.h;
  if (page.length === PAGE) {
    await setState(
      deps,
      l,
      { 'freeze.afterId': cursor.afterId },
      { freeze: _.set({ afterId: page[page.length - 1]._id, h }) },
    );
    return true;
  }
  // An empty list hashes to sha256hex("") (docs/lottery.md §2).
  const listHash = h || commitmentOf('');
  await setState(
    deps,
    l,
    { status: 'freezing', 'freeze.afterId': cursor.afterId },
    { status: 'closed', listHash, freeze: _.set({ afterId: page.at(-1)?._id ?? cursor.afterId, h }) },
  );
  return false;
}

export function entryOf(a: ApplicationDoc): LotteryEntry {
  return { id: a._id, size: a.size, weight: a.weight };
}

/** A winner is marked won and told; both repeat harmlessly. */
async function win(deps: Deps, a: ApplicationDoc, round: number, confirmBy: number): Promise<void> {
  const won = await deps.db
    .collection(COLLECTIONS.applications)
    .where({ _id: a._id, status: 'applied' })
    .update({ data: { status: 'won', round, confirmBy, updatedAt: deps.clock() } });
  if (won.stats.updated === 1 || a.status === 'won') {
    const data = {
      resourceName: a.resourceName,
      venueName: a.venueName,
      start: toIso(a.start),
      end: toIso(a.end),
      confirmBy: toIso(a.confirmBy ?? confirmBy),
      applicationId: a._id,
    };
    await sendNotice(deps, a.openid, 'lottery_won', data, a._id);
  }
}

/** One page of the draw; false once no place is left or every application has had its turn. */
async function drawPage(deps: Deps, l: LotteryDoc): Promise<boolean> {
  const _ = deps.db.command;
  const cursor = l.draw!;
  const { data } = await deps.db
    .collection(COLLECTIONS.applications)
    .where({ slotId: l._id, status: _.in(IN_DRAW), rank: _.gt(cursor.afterRank) })
    .orderBy('rank', 'asc')
    .limit(PAGE)
    .get();
  const page = data as ApplicationDoc[];
  // Only applications still in the running take places in this round.
  const running = page.filter((a) => a.status === 'applied' || (a.status !== 'withdrawn' && a.round === cursor.round));
  const winners = new Set(allocate(running.map(entryOf), cursor.left));
  const resource = await findResource(deps.db, page[0]?.resourceId ?? l.resourceId);
  const policy = resolvePolicy(resource?.policy);
  // Never later than booking closes: a place confirmed after that could not be passed on any more.
  const confirmBy = (a: ApplicationDoc) =>
    Math.min(deps.clock() + policy.lottery.confirmHours * HOUR_MS, bookingClosesAt(a, policy));
  const pageWinners = page.filter((x) => winners.has(x._id));
  // The page's winners are independent of each other (each step keyed or conditional): at once.
  await Promise.all(pageWinners.map((a) => win(deps, a, cursor.round, confirmBy(a))));
  const left = cursor.left - pageWinners.reduce((n, a) => n + a.size, 0);
  const done = left === 0 || page.length < PAGE;
  // When the places ran out, the next round (places passed on by winners who did not confirm) starts
  // right after the last winner, not after the page.
  const lastWinner = [...page].reverse().find((a) => winners.has(a._id));
  const afterRank = left === 0 && lastWinner ? lastWinner.rank : (page.at(-1)?.rank ?? cursor.afterRank);
  const next = { afterRank, left, round: cursor.round };
  if (done) {
    // Places nobody won: kept for later rounds, or handed to the slot's waiting list.
    const toSlot = left > 0 && (await toWaitlist(deps, l.resourceId)) ? left : 0;
    const data = {
      status: 'drawn',
      draw: _.set({ ...next, left: left - toSlot }),
      winners: _.inc(pageWinners.length),
      drawnAt: deps.clock(),
      ...(l.losers ? {} : { losers: _.set({ afterId: '', done: false }) }),
    };
    await finishRound(deps, l._id, cursor, data, toSlot);
  } else {
    await setState(
      deps,
      l,
      { status: 'drawing', 'draw.afterRank': cursor.afterRank, 'draw.round': cursor.round },
      { draw: _.set(next), winners: _.inc(pageWinners.length) },
    );
  }
  return !done;
}

export interface AdvanceOptions {
  /** Lets a manager draw before drawAt, never before closesAt. */
  drawNow?: boolean;
  /** Called once the draw was started by this call (not by another caller at the same time). */
  onDrawStarted?: (start: DrawStart) => Promise<void>;
}

/**
 * Moves a lottery on as far as `budgetMs` allows (the timer and lottery.draw call it; both are safe to
 * run at once: every state change is conditional on the state it read). Returns whether it did anything.
 */
export async function advanceLottery(
  deps: Deps,
  slotId: string,
  budgetMs: number,
  { drawNow = false, onDrawStarted }: AdvanceOptions = {},
): Promise<boolean> {
  const budget = timeBudget(budgetMs);
  let worked = false;
  for (;;) {
    if (budget.spent()) return worked;
    const { data } = await deps.db.collection(COLLECTIONS.lotteries).doc(slotId).get();
    const l = data as LotteryDoc | null;
    const now = deps.clock();
    if (!l || now < l.closesAt) return worked;
    if (l.status === 'open') {
      await setState(
        deps,
        l,
        { status: 'open' },
        { status: 'freezing', freeze: deps.db.command.set({ afterId: '', h: '' }) },
      );
    } else if (l.status === 'freezing') {
      await freezePage(deps, l);
    } else if (l.status === 'closed') {
      if (now < l.drawAt && !drawNow) return worked;
      const started = await startDraw(deps, slotId);
      if (started && onDrawStarted) await onDrawStarted(started);
    } else if (l.status === 'drawing') {
      await drawPage(deps, l);
    } else {
      return worked; // drawn, or cancelled
    }
    worked = true;
  }
}

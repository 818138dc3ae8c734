// Who holds a resource by the hour, one document per resource and business day (`resourceId:date`):
// the day's reservations and a version. A reservation is decided by one conditional update on that
// version (optimistic concurrency): read the day, find a unit free for the range (with the buffer),
// write the day back only if nobody wrote it meanwhile, else read again. So among simultaneous requests
// for overlapping ranges the winners never overlap, and a loser is refused only when a winner really
// holds its time: no false refusals, as per-granule claims taken one by one would give when two losers
// briefly hold cells of each other's range.
// Trade-off: requests for one room on one day take turns (a rush of N costs up to N rounds of two
// operations each); rooms are booked by tens a day, not thousands a minute. A change within the day
// moves its reservation in the same update, so a change and a new booking cannot both win one hour.
// A closure by the venue (closure.ts) is written into the same document with the same version, so a
// reservation racing it either lands first (and is swept, sweepDay.ts) or reads the closure and is refused.
import { AppError, stateError } from '@shared/errors';
import { dateOf } from '@shared/time';
import { occupiedGranules, type IntervalRules, type Range } from '@shared/rules/interval';
import { isDuplicateKey } from '../../db/errors';
import { COLLECTIONS } from '../../db/schema';
import type { Deps } from '../../deps';

export interface Reservation extends Range {
  /** The booking holding it. */
  id: string;
  /** Which of the resource's units (a room: 0; three projectors: 0–2). */
  unit: number;
  /**
   * When it was taken, kept until its booking is seen written (orphans.ts): the reservation is written
   * before the booking, so one whose booking never came is freed once this is older than any request runs.
   */
  heldAt?: number;
}

export interface DayLedgerDoc {
  _id: string;
  resourceId: string;
  date: string;
  reservations: Reservation[];
  version: number;
  /** Closed by the venue (admin.resource.close): nothing more is reserved; what was is cancelled. */
  closed?: { reason: string };
  closedAt?: number;
  /** The closure that closed it (derived from its request): a retry of that request counts the day as its own. */
  closedBy?: string;
  /** The closure's sweep has bookings left to cancel (sweepDay.ts; the sweepClosedDays job). */
  sweepPending?: boolean;
  /** The oldest `heldAt` among its reservations, while one carries it: where the orphan job looks. */
  unsettledSince?: number;
}

/** More rounds than any real day sees; past them the caller is asked to try again, nothing is held. */
const MAX_ROUNDS = 60;

export const ledgerId = (resourceId: string, date: string) => `${resourceId}:${date}`;

/** The day's document as stored, or null. */
export async function findDay(deps: Deps, id: string): Promise<DayLedgerDoc | null> {
  const { data } = await deps.db.collection(COLLECTIONS.intervalDays).doc(id).get();
  return (data as DayLedgerDoc | null) ?? null;
}

/** The day's document, opened (empty, version 0) if nobody booked or closed it yet. */
async function readDay(deps: Deps, resourceId: string, date: string): Promise<DayLedgerDoc> {
  const _id = ledgerId(resourceId, date);
  const stored = await findDay(deps, _id);
  if (stored) return stored;
  const fresh: DayLedgerDoc = { _id, resourceId, date, reservations: [], version: 0 };
  try {
    await deps.db.collection(COLLECTIONS.intervalDays).add({ data: fresh });
    return fresh;
  } catch (e) {
    // Another request opened the day first: read theirs.
    if (!isDuplicateKey(e)) throw e;
    return (await findDay(deps, _id)) as DayLedgerDoc;
  }
}

/**
 * Writes the day's reservations back if nobody wrote the day since it was read (its version): true if
 * so. `unsettledSince` follows the reservations, so the orphan job finds exactly the days it must look at.
 */
export async function writeDay(deps: Deps, day: DayLedgerDoc, reservations: Reservation[]): Promise<boolean> {
  const _ = deps.db.command;
  const held = reservations.flatMap((r) => (r.heldAt === undefined ? [] : [r.heldAt]));
  const res = await deps.db
    .collection(COLLECTIONS.intervalDays)
    .where({ _id: day._id, version: day.version })
    .update({
      data: {
        reservations: _.set(reservations),
        version: day.version + 1,
        unsettledSince: held.length > 0 ? Math.min(...held) : _.remove(),
      },
    });
  return res.stats.updated === 1;
}

/** The refusal of a reservation on a day the venue closed. */
export const closedDayError = (closed: { reason: string }) =>
  stateError('resource_closed', `该日暂停开放（${closed.reason}），请选择其他日期`);

/**
 * Refuses a day the venue closed, before the other checks (api.md's order). Only a courtesy: the
 * reservation itself reads the closure in the same document it writes, and that decides.
 */
export async function assertDayOpen(deps: Deps, resourceId: string, date: string): Promise<void> {
  const closed = (await findDay(deps, ledgerId(resourceId, date)))?.closed;
  if (closed) throw closedDayError(closed);
}

/** Whether two ranges conflict once the buffer after each is kept free (the rules' grid cells). */
export function conflicts(a: Range, b: Range, rules: IntervalRules): boolean {
  const cells = new Set(occupiedGranules(a, rules));
  return occupiedGranules(b, rules).some((c) => cells.has(c));
}

/** The first unit no other reservation holds over `range` (`except`: the booking being moved). */
export function freeUnit(
  day: Pick<DayLedgerDoc, 'reservations'>,
  range: Range,
  rules: IntervalRules,
  quantity: number,
  except?: string,
): number | null {
  const others = day.reservations.filter((r) => r.id !== except);
  for (let unit = 0; unit < quantity; unit++)
    if (!others.some((r) => r.unit === unit && conflicts(r, range, rules))) return unit;
  return null;
}

export type ReserveResult =
  { ok: true; reservation: Reservation } | { ok: false; taken: Reservation[]; day: DayLedgerDoc };

/** The stored days of a resource among `dates` (a day nobody booked has no document: it is free). */
export async function readDays(deps: Deps, resourceIds: string[], dates: string[]): Promise<DayLedgerDoc[]> {
  const ids = resourceIds.flatMap((r) => dates.map((d) => ledgerId(r, d)));
  if (ids.length === 0) return [];
  const { data } = await deps.db
    .collection(COLLECTIONS.intervalDays)
    .where({ _id: deps.db.command.in(ids) })
    .limit(ids.length)
    .get();
  return data as DayLedgerDoc[];
}

/**
 * Holds `range` for booking `id` on a free unit, or says which reservations stand in the way. A repeat
 * for the same booking and range answers its reservation (a retry after a lost answer); a booking already
 * holding another range that day is moved to `range` in the same write (a change, `move`); without
 * `move` that is a CONFLICT: the id is another request's.
 *
 * A repeat renews `heldAt` of a reservation whose booking is not yet seen written, in a write on the
 * version: the orphan job frees such a reservation by a write on the version too, so either it freed it
 * first (and this round takes the time afresh, if still free) or it finds the hold renewed and keeps it.
 *
 * A day the venue closed takes no reservation, not even a renewed hold: its closure was a write on the
 * same version, so a request that read the day before it fails its write and reads the closure. Only a
 * reservation already seen with its booking is answered there as it stands (the sweep cancels it).
 */
export async function reserve(
  deps: Deps,
  resource: { _id: string; quantity: number },
  rules: IntervalRules,
  id: string,
  range: Range,
  { move = false } = {},
): Promise<ReserveResult> {
  const date = dateOf(range.start);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const day = await readDay(deps, resource._id, date);
    const now = deps.clock();
    const others = day.reservations.filter((r) => r.id !== id);
    const mine = day.reservations.find((r) => r.id === id);
    const repeat = mine !== undefined && mine.start === range.start && mine.end === range.end;
    if (repeat && mine.heldAt === undefined) return { ok: true, reservation: mine };
    if (day.closed) throw closedDayError(day.closed);
    if (repeat) {
      const renewed = { ...mine, heldAt: now };
      if (await writeDay(deps, day, [...others, renewed])) return { ok: true, reservation: renewed };
      continue;
    }
    if (mine && !move) throw new AppError('CONFLICT', { id }, '该请求编号已用于另一操作');
    const unit = freeUnit(day, range, rules, resource.quantity, id);
    if (unit === null) {
      return { ok: false, taken: others.filter((r) => conflicts(r, range, rules)), day };
    }
    const reservation: Reservation = { id, unit, ...range, heldAt: now };
    if (await writeDay(deps, day, [...others, reservation])) return { ok: true, reservation };
  }
  throw new AppError('CONFLICT', { resourceId: resource._id }, '预约的人较多，请稍后重试');
}

/** Gives the booking's range back (its cancellation, or a change to another day). Idempotent. */
export async function releaseReservation(deps: Deps, resourceId: string, date: string, id: string): Promise<void> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const day = await findDay(deps, ledgerId(resourceId, date));
    if (!day || !day.reservations.some((r) => r.id === id)) return;
    if (
      await writeDay(
        deps,
        day,
        day.reservations.filter((r) => r.id !== id),
      )
    )
      return;
  }
  throw new AppError('CONFLICT', { resourceId }, '预约的人较多，请稍后重试');
}

/**
 * Closes the day for the venue (opening its document if need be), with a write on the version that every
 * reservation also writes on; the day's sweep is marked pending in the same write. True when this closure
 * (`closureId`) closed it, now or in an earlier delivery; false when it was closed already by another.
 */
export async function closeDay(
  deps: Deps,
  resourceId: string,
  date: string,
  reason: string,
  closureId: string,
): Promise<boolean> {
  const ledgers = deps.db.collection(COLLECTIONS.intervalDays);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const day = await readDay(deps, resourceId, date);
    if (day.closed) return day.closedBy === closureId;
    const res = await ledgers.where({ _id: day._id, version: day.version }).update({
      data: {
        closed: { reason },
        closedAt: deps.clock(),
        closedBy: closureId,
        sweepPending: true,
        version: day.version + 1,
      },
    });
    if (res.stats.updated === 1) return true;
  }
  throw new AppError('CONFLICT', { resourceId }, '预约的人较多，请稍后重试');
}

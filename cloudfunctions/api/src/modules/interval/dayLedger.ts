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
import { AppError } from '@shared/errors';
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
}

export interface DayLedgerDoc {
  _id: string;
  resourceId: string;
  date: string;
  reservations: Reservation[];
  version: number;
}

/** More rounds than any real day sees; past them the caller is asked to try again, nothing is held. */
const MAX_ROUNDS = 60;

export const ledgerId = (resourceId: string, date: string) => `${resourceId}:${date}`;

async function readDay(deps: Deps, resourceId: string, date: string): Promise<DayLedgerDoc> {
  const ledgers = deps.db.collection(COLLECTIONS.intervalDays);
  const _id = ledgerId(resourceId, date);
  const { data } = await ledgers.doc(_id).get();
  if (data) return data as DayLedgerDoc;
  const fresh: DayLedgerDoc = { _id, resourceId, date, reservations: [], version: 0 };
  try {
    await ledgers.add({ data: fresh });
    return fresh;
  } catch (e) {
    // Another request opened the day first: read theirs.
    if (!isDuplicateKey(e)) throw e;
    return (await ledgers.doc(_id).get()).data as DayLedgerDoc;
  }
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
  const ledgers = deps.db.collection(COLLECTIONS.intervalDays);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const day = await readDay(deps, resource._id, date);
    const mine = day.reservations.find((r) => r.id === id);
    if (mine && mine.start === range.start && mine.end === range.end) return { ok: true, reservation: mine };
    if (mine && !move) throw new AppError('CONFLICT', { id }, '该请求编号已用于另一操作');
    const unit = freeUnit(day, range, rules, resource.quantity, id);
    if (unit === null) {
      return { ok: false, taken: day.reservations.filter((r) => r.id !== id && conflicts(r, range, rules)), day };
    }
    const reservation: Reservation = { id, unit, ...range };
    const reservations = [...day.reservations.filter((r) => r.id !== id), reservation];
    const res = await ledgers
      .where({ _id: day._id, version: day.version })
      .update({ data: { reservations: deps.db.command.set(reservations), version: day.version + 1 } });
    if (res.stats.updated === 1) return { ok: true, reservation };
  }
  throw new AppError('CONFLICT', { resourceId: resource._id }, '预约的人较多，请稍后重试');
}

/** Gives the booking's range back (its cancellation, or a change to another day). Idempotent. */
export async function releaseReservation(deps: Deps, resourceId: string, date: string, id: string): Promise<void> {
  const ledgers = deps.db.collection(COLLECTIONS.intervalDays);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const { data } = await ledgers.doc(ledgerId(resourceId, date)).get();
    const day = data as DayLedgerDoc | null;
    if (!day || !day.reservations.some((r) => r.id === id)) return;
    const reservations = day.reservations.filter((r) => r.id !== id);
    const res = await ledgers
      .where({ _id: day._id, version: day.version })
      .update({ data: { reservations: deps.db.command.set(reservations), version: day.version + 1 } });
    if (res.stats.updated === 1) return;
  }
  throw new AppError('CONFLICT', { resourceId }, '预约的人较多，请稍后重试');
}

// Paging newest first by (at, _id): the cursor is the last item's pair, so items with the same
// instant are neither skipped nor repeated across pages. Reads skip nothing (no `skip`), so a deep
// page costs what the first does.
import { addDays, atLocal } from '@shared/time';
import type { Db } from '../deps';

export function encodeCursor(at: number, id: string): string {
  return `${at}.${id}`;
}

/** A where-clause matching `base`, older than the cursor when there is one. */
export function pageWhere(db: Db, base: Record<string, unknown>, field: string, cursor?: string): unknown {
  const m = cursor ? /^(\d{1,15})\.([A-Za-z0-9_-]{1,128})$/.exec(cursor) : null;
  if (!m) return base;
  const at = Number(m[1]);
  const _ = db.command;
  return _.and([base, _.or([{ [field]: _.lt(at) }, { [field]: at, _id: _.lt(m[2]) }])]);
}

/** Business dates [from, to] as a condition on an epoch-ms field; undefined when unbounded. */
export function periodCondition(db: Db, from?: string, to?: string): unknown {
  const _ = db.command;
  const lower = from ? _.gte(atLocal(from)) : undefined;
  const upper = to ? _.lt(atLocal(addDays(to, 1))) : undefined;
  return lower && upper ? _.and(lower, upper) : (lower ?? upper);
}

import { HIGHEST, LOWEST, type IndexRange, type KeyPart, type OrderedIndex, type Scalar } from './orderedIndex';
import type { Filter, SortSpec } from './types';

/** Beyond this many combinations of `$in` values a scan is as good. */
const MAX_BRANCHES = 64;

interface FieldConditions {
  /** Values the field must equal one of ($eq or $in). */
  eq?: Scalar[];
  low?: Scalar;
  high?: Scalar;
}

export interface QueryPlan {
  index: OrderedIndex;
  /** One range per combination of equality values. */
  ranges: IndexRange[];
  /** The range field is the query's first sort field, so each range yields documents in sort order. */
  sorted: boolean;
  descending: boolean;
}

const isScalar = (v: unknown): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * What the filter says about each top-level field (including inside a top-level `$and`), as far as an
 * index can use it. Anything else (`$or`, `$ne`, nested documents) is left to the full test every
 * candidate still gets, so bounds here may be looser than the filter, never tighter.
 */
function conditionsOf(filter: Filter, out = new Map<string, FieldConditions>()): Map<string, FieldConditions> {
  for (const [field, value] of Object.entries(filter)) {
    if (field === '$and' && Array.isArray(value)) {
      for (const part of value) conditionsOf(part as Filter, out);
      continue;
    }
    if (field.startsWith('$')) continue;
    const c = out.get(field) ?? {};
    if (isScalar(value)) c.eq ??= [value];
    else if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.keys(value).every((k) => k.startsWith('$'))
    ) {
      const ops = value as Record<string, unknown>;
      if (isScalar(ops.$eq)) c.eq ??= [ops.$eq];
      if (Array.isArray(ops.$in) && ops.$in.every(isScalar)) c.eq ??= [...new Set(ops.$in as Scalar[])];
      for (const op of ['$gt', '$gte'] as const) if (isScalar(ops[op])) c.low ??= ops[op] as Scalar;
      for (const op of ['$lt', '$lte'] as const) if (isScalar(ops[op])) c.high ??= ops[op] as Scalar;
    }
    out.set(field, c);
  }
  return out;
}

function combinations(lists: Scalar[][]): Scalar[][] {
  return lists.reduce<Scalar[][]>((acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])), [[]]);
}

/**
 * The best usable index for a query: the most leading fields fixed by equality, then a range on the
 * next field, then that field being the sort. Undefined when no index narrows the query.
 */
export function planQuery(indexes: OrderedIndex[], filter: Filter, order: SortSpec = {}): QueryPlan | undefined {
  const conditions = conditionsOf(filter);
  const [sortField, direction] = Object.entries(order)[0] ?? [];
  let best: { plan: QueryPlan; score: number } | undefined;
  for (const index of indexes) {
    if (!index.usable) continue;
    const eqs: Scalar[][] = [];
    for (const key of index.spec.keys) {
      const eq = conditions.get(key)?.eq;
      if (!eq) break;
      eqs.push(eq);
    }
    const next = index.spec.keys[eqs.length] ?? '_id';
    const range = conditions.get(next);
    const hasRange = range?.low !== undefined || range?.high !== undefined;
    const sorted = next === sortField;
    if (!eqs.length && !hasRange) continue;
    const branches = eqs.reduce((n, list) => n * list.length, 1);
    if (branches > MAX_BRANCHES) continue;
    const score = eqs.length * 4 + (hasRange ? 2 : 0) + (sorted ? 1 : 0);
    if (best && best.score >= score) continue;
    const ranges = combinations(eqs).map((prefix) => ({
      prefix,
      low: (range?.low ?? LOWEST) as KeyPart,
      high: (range?.high ?? HIGHEST) as KeyPart,
    }));
    best = { plan: { index, ranges, sorted, descending: sorted && direction === -1 }, score };
  }
  return best?.plan;
}

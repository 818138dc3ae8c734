import { Query } from 'mingo';
import { duplicateKey } from './errors';
import { OrderedIndex, compareValues, type OrderedIndexSpec } from './orderedIndex';
import { planQuery, type QueryPlan } from './queryPlan';
import { UniqueIndex, type UniqueIndexSpec } from './uniqueIndex';
import type { Doc, DocId, Projection, Selector, SortSpec } from './types';

export interface FindOptions {
  order?: SortSpec;
  offset?: number;
  limit?: number;
  projection?: Projection;
}

/** A planned write of one document: its new state (`insert` when it must not exist yet) or its removal. */
export type PlannedWrite = { doc: Doc; insert: boolean } | { remove: Doc };

/**
 * One collection: documents by `_id` in insertion order, its unique indexes, and ordered indexes that
 * narrow queries (every index the schema declares is one).
 */
export class Collection {
  readonly docs = new Map<DocId, Doc>();
  private readonly indexes: UniqueIndex[];
  private readonly ordered: OrderedIndex[];
  /** Insertion order, to answer index reads in the natural order a scan would give. */
  private readonly seqs = new Map<DocId, number>();
  private nextSeq = 0;

  constructor(
    readonly name: string,
    uniqueIndexes: UniqueIndexSpec[],
    orderedIndexes: OrderedIndexSpec[] = [],
  ) {
    this.indexes = uniqueIndexes.map((spec) => new UniqueIndex(spec));
    this.ordered = orderedIndexes.map((spec) => new OrderedIndex(spec));
  }

  /**
   * Matching documents in natural order; with `order` and `limit`, at least the first `offset + limit`
   * of them in that order (the caller sorts and cuts). A query on a plain `_id` is one map lookup, one
   * an index can narrow reads only the index's range, anything else tests every document.
   */
  select(selector: Selector, opts: FindOptions = {}): Doc[] {
    const filter = 'id' in selector ? { _id: selector.id } : selector.where;
    const id = filter._id;
    if (typeof id === 'string' || typeof id === 'number') {
      const doc = this.docs.get(id);
      if (!doc) return [];
      if (Object.keys(filter).length === 1) return [doc];
      return new Query(filter, {}).test(doc) ? [doc] : [];
    }
    const query = new Query(filter, {});
    const plan = planQuery(this.ordered, filter, opts.order);
    if (plan) return this.selectByIndex(plan, query, opts);
    const out: Doc[] = [];
    for (const doc of this.docs.values()) if (query.test(doc)) out.push(doc);
    return out;
  }

  /**
   * Reads each range of the plan. When the range is in the query's sort order and a limit is given, a
   * range stops after `offset + limit` matches plus any that tie with the last (a later sort key may
   * still order them first).
   */
  private selectByIndex(plan: QueryPlan, query: Query, opts: FindOptions): Doc[] {
    const want = plan.sorted && opts.limit !== undefined ? (opts.offset ?? 0) + opts.limit : Infinity;
    const out: Doc[] = [];
    for (const range of plan.ranges) {
      let found = 0;
      let last: unknown;
      for (const { id, value } of plan.index.scan(range, plan.descending)) {
        if (found >= want && compareValues(value, last as never) !== 0) break;
        const doc = this.docs.get(id)!;
        if (!query.test(doc)) continue;
        out.push(doc);
        found++;
        last = value;
      }
    }
    return out.sort((a, b) => this.seqs.get(a._id)! - this.seqs.get(b._id)!);
  }

  /**
   * Refuses a set of writes that would leave two documents with one `_id` or one unique key. The set is
   * checked as a whole against the state after it, so swapping keys between documents is fine.
   */
  checkUnique(writes: PlannedWrite[]): void {
    const changed = new Set<DocId>();
    const inserted = new Set<DocId>();
    for (const write of writes) {
      if ('remove' in write) {
        changed.add(write.remove._id);
        continue;
      }
      const id = write.doc._id;
      if (write.insert && ((this.docs.has(id) && !changed.has(id)) || inserted.has(id))) {
        throw duplicateKey(this.name, '_id_', `{ _id: ${JSON.stringify(id)} }`);
      }
      if (write.insert) inserted.add(id);
      changed.add(id);
    }
    for (const index of this.indexes) {
      const planned = new Map<string, DocId>();
      for (const write of writes) {
        if ('remove' in write) continue;
        const key = index.keyOf(write.doc);
        const owner = planned.get(key) ?? index.ownerOf(key);
        const ownerKeepsKey = owner !== undefined && (planned.has(key) || !changed.has(owner));
        if (ownerKeepsKey && owner !== write.doc._id) {
          throw duplicateKey(this.name, index.spec.name, index.describe(write.doc));
        }
        planned.set(key, write.doc._id);
      }
    }
  }

  put(doc: Doc): void {
    const old = this.docs.get(doc._id);
    if (old) for (const index of [...this.indexes, ...this.ordered]) index.remove(old);
    else this.seqs.set(doc._id, this.nextSeq++);
    this.docs.set(doc._id, doc);
    for (const index of [...this.indexes, ...this.ordered]) index.add(doc);
  }

  delete(id: DocId): void {
    const old = this.docs.get(id);
    if (!old) return;
    for (const index of [...this.indexes, ...this.ordered]) index.remove(old);
    this.docs.delete(id);
    this.seqs.delete(id);
  }
}

/** Sort, skip, limit and projection with mingo's cursor, which applies them in MongoDB's order. */
export function project(docs: Doc[], opts: FindOptions): Doc[] {
  let cursor = new Query<Doc>({}, {}).find<Doc>(docs, opts.projection);
  if (opts.order && Object.keys(opts.order).length) cursor = cursor.sort(opts.order);
  if (opts.offset) cursor = cursor.skip(opts.offset);
  if (opts.limit !== undefined) cursor = cursor.limit(opts.limit);
  return cursor.all();
}

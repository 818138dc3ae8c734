import { Query } from 'mingo';
import { duplicateKey } from './errors';
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

/** One collection: documents by `_id` in insertion order, plus its unique indexes. */
export class Collection {
  readonly docs = new Map<DocId, Doc>();
  private readonly indexes: UniqueIndex[];

  constructor(
    readonly name: string,
    uniqueIndexes: UniqueIndexSpec[],
  ) {
    this.indexes = uniqueIndexes.map((spec) => new UniqueIndex(spec));
  }

  /** Matching documents in natural order. A query on a plain `_id` is one map lookup, not a scan. */
  select(selector: Selector): Doc[] {
    const filter = 'id' in selector ? { _id: selector.id } : selector.where;
    const id = filter._id;
    if (typeof id === 'string' || typeof id === 'number') {
      const doc = this.docs.get(id);
      if (!doc) return [];
      if (Object.keys(filter).length === 1) return [doc];
      return new Query(filter, {}).test(doc) ? [doc] : [];
    }
    const query = new Query(filter, {});
    const out: Doc[] = [];
    for (const doc of this.docs.values()) if (query.test(doc)) out.push(doc);
    return out;
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
    if (old) for (const index of this.indexes) index.remove(old);
    this.docs.set(doc._id, doc);
    for (const index of this.indexes) index.add(doc);
  }

  delete(id: DocId): void {
    const old = this.docs.get(id);
    if (!old) return;
    for (const index of this.indexes) index.remove(old);
    this.docs.delete(id);
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

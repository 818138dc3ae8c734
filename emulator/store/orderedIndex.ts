import BTree from 'sorted-btree';
import { resolve } from 'mingo/util';
import type { Doc, DocId } from './types';

export interface OrderedIndexSpec {
  name: string;
  keys: string[];
}

/** Bounds below and above every value, to start and stop scans. */
const LOWEST = Symbol('lowest');
const HIGHEST = Symbol('highest');
type Bound = typeof LOWEST | typeof HIGHEST;
export type Scalar = string | number | boolean | null;
export type KeyPart = Scalar | DocId | Bound;
type Key = KeyPart[];

/** MongoDB's order of the types the schema indexes: null (and missing) < numbers < strings < booleans. */
function typeRank(v: Scalar | DocId): number {
  if (v === null) return 0;
  if (typeof v === 'number') return 1;
  if (typeof v === 'string') return 2;
  return 3;
}

export function compareValues(a: KeyPart, b: KeyPart): number {
  if (a === b) return 0;
  if (a === LOWEST || b === HIGHEST) return -1;
  if (a === HIGHEST || b === LOWEST) return 1;
  const ta = typeRank(a as Scalar);
  const tb = typeRank(b as Scalar);
  if (ta !== tb) return ta - tb;
  return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
}

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i++) {
    const c = compareValues(a[i], b[i]);
    if (c) return c;
  }
  return 0;
}

function isScalar(v: unknown): v is Scalar {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** A scan of one stretch of the index: every key starting with `prefix`, the next part within [low, high]. */
export interface IndexRange {
  prefix: Scalar[];
  low: KeyPart;
  high: KeyPart;
}

/**
 * A secondary index over scalar fields, kept in key order (a B+ tree of `[...values, _id]`), so a query
 * with equalities on the leading fields and a range or sort on the next one reads only the documents it
 * needs, as a database server would, instead of testing every document of the collection.
 *
 * Only scalars are indexed. A document with an array or object in an indexed field (MongoDB would
 * index it per element) makes the index unusable while it is there: queries then scan, which is always
 * correct. The index only narrows the candidates; every candidate is still tested against the query.
 */
export class OrderedIndex {
  private readonly tree = new BTree<Key, DocId>(undefined, compareKeys);
  private irregular = 0;

  constructor(readonly spec: OrderedIndexSpec) {}

  get usable(): boolean {
    return this.irregular === 0;
  }

  add(doc: Doc): void {
    const key = this.keyOf(doc);
    if (key) this.tree.set(key, doc._id);
    else this.irregular++;
  }

  remove(doc: Doc): void {
    const key = this.keyOf(doc);
    if (key) this.tree.delete(key);
    else this.irregular--;
  }

  /** Ids in key order (reversed when `descending`) within the range. */
  *scan(range: IndexRange, descending: boolean): Generator<{ id: DocId; value: KeyPart }> {
    const n = range.prefix.length;
    const inRange = (key: Key) => {
      for (let i = 0; i < n; i++) if (compareValues(key[i], range.prefix[i]) !== 0) return false;
      return compareValues(key[n], range.low) >= 0 && compareValues(key[n], range.high) <= 0;
    };
    const pad = (edge: KeyPart, rest: Bound) =>
      [...range.prefix, edge, ...Array(this.spec.keys.length - n).fill(rest)] as Key;
    const entries = descending
      ? this.tree.entriesReversed(pad(range.high, HIGHEST))
      : this.tree.entries(pad(range.low, LOWEST));
    for (const [key, id] of entries) {
      if (!inRange(key)) return;
      yield { id, value: key[n] };
    }
  }

  private keyOf(doc: Doc): Key | undefined {
    const key: Key = [];
    for (const path of this.spec.keys) {
      const value = path === '_id' ? doc._id : (resolve(doc, path) ?? null);
      if (!isScalar(value)) return undefined;
      key.push(value);
    }
    key.push(doc._id);
    return key;
  }
}

export { LOWEST, HIGHEST };

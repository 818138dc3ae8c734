import { resolve } from 'mingo/util';
import { encodeEJSON } from './ejson';
import type { Doc, DocId } from './types';

export interface UniqueIndexSpec {
  name: string;
  /** Field paths; a document missing one indexes it as null, as MongoDB does. */
  keys: string[];
}

/**
 * One unique index: the key of every document (extended JSON of its key values, so 1 and "1" or two
 * equal dates compare as MongoDB compares them) → the `_id` holding it. An array value is indexed
 * as a whole, not per element (no multikey indexes: the schema declares none over arrays).
 */
export class UniqueIndex {
  private readonly owners = new Map<string, DocId>();

  constructor(readonly spec: UniqueIndexSpec) {}

  keyOf(doc: Doc): string {
    return encodeEJSON(this.values(doc));
  }

  ownerOf(key: string): DocId | undefined {
    return this.owners.get(key);
  }

  add(doc: Doc): void {
    this.owners.set(this.keyOf(doc), doc._id);
  }

  remove(doc: Doc): void {
    const key = this.keyOf(doc);
    if (this.owners.get(key) === doc._id) this.owners.delete(key);
  }

  /** The `dup key: { … }` part of MongoDB's E11000 message. */
  describe(doc: Doc): string {
    const values = this.values(doc);
    const parts = this.spec.keys.map((key, i) => `${key}: ${JSON.stringify(values[i]) ?? 'null'}`);
    return `{ ${parts.join(', ')} }`;
  }

  private values(doc: Doc): unknown[] {
    return this.spec.keys.map((path) => resolve(doc, path) ?? null);
  }
}

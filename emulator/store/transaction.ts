import { duplicateKey } from './errors';
import { updatedDocument, upsertedDocument } from './documentUpdate';
import type { Doc, DocId, UpdateSpec } from './types';

/** A write buffered in a transaction, replayed on the document's committed state at commit. */
export type BufferedWrite =
  | { kind: 'insert'; doc: Doc }
  | { kind: 'modify'; spec: UpdateSpec; merge: boolean; upsert: boolean }
  | { kind: 'remove' };

export interface PendingDocument {
  coll: string;
  id: DocId;
  writes: BufferedWrite[];
}

/** Transactions left open longer than this are aborted, as WeChat does. */
export const TRANSACTION_TIMEOUT_MS = 60_000;

export class Transaction {
  /** Pending writes by document key, in the order the documents were first written. */
  readonly pending = new Map<string, PendingDocument>();
  /** Documents this transaction read. */
  readonly reads = new Set<string>();
  /** Documents it read that someone else changed afterwards: writing them back must fail at commit. */
  readonly staleReads = new Set<string>();

  constructor(
    readonly id: string,
    readonly startedAt: number,
  ) {}

  buffer(key: string, coll: string, id: DocId, write: BufferedWrite): void {
    const entry = this.pending.get(key) ?? { coll, id, writes: [] };
    entry.writes.push(write);
    this.pending.set(key, entry);
  }
}

/** A document as the transaction sees it: its committed state with the transaction's writes replayed. */
export function replay(coll: string, id: DocId, committed: Doc | undefined, writes: BufferedWrite[]): Doc | undefined {
  let doc = committed;
  for (const write of writes) doc = replayOne(coll, id, doc, write);
  return doc;
}

function replayOne(coll: string, id: DocId, doc: Doc | undefined, write: BufferedWrite): Doc | undefined {
  switch (write.kind) {
    case 'insert':
      if (doc) {
        throw duplicateKey(coll, '_id_', `{ _id: ${JSON.stringify(id)} }`);
      }
      return write.doc;
    case 'modify':
      if (!doc) return write.upsert ? upsertedDocument(id, write.spec, write.merge) : undefined;
      return updatedDocument(doc, write.spec, write.merge) ?? doc;
    case 'remove':
      return undefined;
  }
}

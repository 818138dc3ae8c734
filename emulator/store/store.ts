import { randomBytes } from 'node:crypto';
import { COLLECTIONS, INDEXES } from '../../cloudfunctions/api/src/db/schema';
import { Collection, project, type FindOptions, type PlannedWrite } from './collection';
import { updatedDocument, upsertedDocument } from './documentUpdate';
import { requestFailed, transactionConflict } from './errors';
import { memoryJournal, openJournal, type Journal } from './journal';
import { replay, Transaction, TRANSACTION_TIMEOUT_MS, type BufferedWrite } from './transaction';
import type { Doc, DocId, Filter, Mutation, Selector, UpdateSpec } from './types';

export interface StoreOptions {
  /** A directory for the snapshot and journal, or ':memory:'. */
  dataDir: string;
  /** Epoch ms; drives server dates and transaction expiry. */
  clock?: () => number;
}

export interface WriteOptions {
  transactionId?: string;
}
export interface ModifyOptions extends WriteOptions {
  multi: boolean;
  /** true: `spec` holds update operators; false: it replaces the document. */
  merge: boolean;
  upsert: boolean;
}

const ONLY_SINGLE_DOCUMENT =
  'WeChat transactions only allow single-document operations: doc(id).get/set/update/remove and add() of one document';

/**
 * The embedded database. Every operation checks and applies its writes synchronously (no await between
 * reading the matching documents and writing them), and the process is single-threaded, so a conditional
 * update such as `{_id, remaining: {$gte: n}}` + `$inc` is atomic under any concurrency.
 *
 * Durability trade-off: a write is visible in memory at once and its promise (the HTTP answer) resolves
 * only after its journal line is synced. Another request may therefore read a write that a crash then
 * loses, but it can never get an acknowledgement that depends on it: the journal is written in commit
 * order, so when a write is durable every write before it is too.
 */
export class Store {
  private readonly collections = new Map<string, Collection>();
  private readonly transactions = new Map<string, Transaction>();
  /**
   * Documents written by an open transaction: the first writer holds it until commit or abort. Writes
   * outside transactions neither take nor wait for these locks (WeChat would make them wait); a
   * transaction that read the document they change still fails at commit.
   */
  private readonly writeLocks = new Map<string, Transaction>();
  /** Open transactions that read each document, told when someone else changes it. */
  private readonly readers = new Map<string, Set<Transaction>>();
  private journal: Journal = memoryJournal;

  private constructor(private readonly clock: () => number) {
    for (const name of Object.values(COLLECTIONS)) this.collection(name);
  }

  static async open(opts: StoreOptions): Promise<Store> {
    const store = new Store(opts.clock ?? Date.now);
    if (opts.dataDir !== ':memory:') {
      store.journal = await openJournal(
        opts.dataDir,
        (mutation) => store.apply(mutation),
        () => store.documents(),
      );
    }
    return store;
  }

  now(): number {
    return this.clock();
  }

  /**
   * The schema's collections exist from the start; any other is created by its first insert. Reading a
   * collection that does not exist answers nothing rather than WeChat's DATABASE_COLLECTION_NOT_EXIST.
   */
  collectionNames(): string[] {
    return [...this.collections.keys()];
  }

  /**
   * Copies: the stored documents never leave the store. `T` is what the caller knows the collection holds
   * (a test reading a document's fields); the store itself checks no shape.
   */
  find<T = Doc>(coll: string, selector: Selector, opts: FindOptions & WriteOptions = {}): T[] {
    if (opts.transactionId) {
      const tx = this.openTransaction(opts.transactionId);
      const id = singleDocument(selector, 'a query');
      const doc = this.readInTransaction(tx, coll, id);
      return structuredClone(project(doc ? [doc] : [], opts)) as T[];
    }
    const collection = this.collections.get(coll);
    return collection ? (structuredClone(project(collection.select(selector, opts), opts)) as T[]) : [];
  }

  count(coll: string, filter: Filter): number {
    return this.collections.get(coll)?.select({ where: filter }).length ?? 0;
  }

  /** Inserts documents (a missing `_id` gets a 32-hex id like WeChat's) and answers their ids. */
  async insert(coll: string, docs: Record<string, unknown>[], opts: WriteOptions = {}): Promise<DocId[]> {
    const withIds = docs.map(
      (doc) => ({ ...structuredClone(doc), _id: (doc._id as DocId | undefined) ?? newId() }) as Doc,
    );
    if (opts.transactionId) {
      const tx = this.openTransaction(opts.transactionId);
      if (withIds.length !== 1) throw requestFailed(ONLY_SINGLE_DOCUMENT);
      const [doc] = withIds;
      this.writeInTransaction(tx, coll, doc._id, { kind: 'insert', doc });
      return [doc._id];
    }
    await this.write(
      coll,
      withIds.map((doc) => ({ doc, insert: true })),
    );
    return withIds.map((doc) => doc._id);
  }

  /** `updated` counts documents actually changed; an upsert answers its id and updated 0. */
  async modify(
    coll: string,
    selector: Selector,
    spec: UpdateSpec,
    opts: ModifyOptions,
  ): Promise<{ updated: number; upsertedId?: DocId }> {
    if (opts.transactionId) {
      const tx = this.openTransaction(opts.transactionId);
      const id = singleDocument(selector, 'an update with a query', opts.multi);
      const before = this.viewInTransaction(tx, coll, id);
      const write: BufferedWrite = { kind: 'modify', spec, merge: opts.merge, upsert: opts.upsert };
      const after = replay(coll, id, before, [write]);
      if (after === before) return { updated: 0 };
      this.writeInTransaction(tx, coll, id, write);
      return before ? { updated: 1 } : { updated: 0, upsertedId: id };
    }
    const matched = this.collections.get(coll)?.select(selector) ?? [];
    const targets = opts.multi ? matched : matched.slice(0, 1);
    const writes: PlannedWrite[] = [];
    for (const doc of targets) {
      const next = updatedDocument(doc, spec, opts.merge);
      if (next) writes.push({ doc: next, insert: false });
    }
    if (targets.length || !opts.upsert) {
      await this.write(coll, writes);
      return { updated: writes.length };
    }
    const id = 'id' in selector ? selector.id : (plainId(selector.where._id) ?? newId());
    await this.write(coll, [{ doc: upsertedDocument(id, spec, opts.merge), insert: true }]);
    return { updated: 0, upsertedId: id };
  }

  async remove(
    coll: string,
    selector: Selector,
    opts: WriteOptions & { multi: boolean },
  ): Promise<{ deleted: number }> {
    if (opts.transactionId) {
      const tx = this.openTransaction(opts.transactionId);
      const id = singleDocument(selector, 'a remove with a query', opts.multi);
      if (!this.viewInTransaction(tx, coll, id)) return { deleted: 0 };
      this.writeInTransaction(tx, coll, id, { kind: 'remove' });
      return { deleted: 1 };
    }
    const matched = this.collections.get(coll)?.select(selector) ?? [];
    const targets = opts.multi ? matched : matched.slice(0, 1);
    await this.write(
      coll,
      targets.map((doc) => ({ remove: doc })),
    );
    return { deleted: targets.length };
  }

  startTransaction(): string {
    this.expireTransactions();
    const tx = new Transaction(newId(), this.clock());
    this.transactions.set(tx.id, tx);
    return tx.id;
  }

  /**
   * Replays the buffered writes on the current committed documents (so a buffered `$inc` adds to the
   * value of the moment) and applies them all at once. Fails with a conflict, aborting the transaction,
   * when a document it read and then wrote was changed by someone else since the read.
   */
  async commitTransaction(transactionId: string): Promise<void> {
    const tx = this.openTransaction(transactionId);
    const mutations: Mutation[] = [];
    try {
      const planned = new Map<string, PlannedWrite[]>();
      for (const [key, { coll, id, writes }] of tx.pending) {
        if (tx.staleReads.has(key)) {
          throw transactionConflict(
            `document ${JSON.stringify(id)} of ${coll} was changed after this transaction read it`,
          );
        }
        const committed = this.collections.get(coll)?.docs.get(id);
        const next = replay(coll, id, committed, writes);
        if (next === committed) continue;
        const write: PlannedWrite = next ? { doc: next, insert: !committed } : { remove: committed! };
        planned.set(coll, [...(planned.get(coll) ?? []), write]);
        mutations.push(next ? { coll, put: next } : { coll, del: id });
      }
      for (const [coll, writes] of planned) this.collection(coll).checkUnique(writes);
    } finally {
      this.endTransaction(tx);
    }
    await this.commit(mutations);
  }

  /** Idempotent: aborting a transaction that already ended (conflict, expiry) is not an error. */
  abortTransaction(transactionId: string): void {
    const tx = this.transactions.get(transactionId);
    if (tx) this.endTransaction(tx);
  }

  /** Removes every document and ends every transaction (for tests). */
  async reset(): Promise<void> {
    for (const tx of [...this.transactions.values()]) this.endTransaction(tx);
    const mutations: Mutation[] = [];
    for (const { coll, doc } of this.documents()) mutations.push({ coll, del: doc._id });
    await this.commit(mutations);
  }

  async close(): Promise<void> {
    await this.journal.close();
  }

  private collection(name: string): Collection {
    let collection = this.collections.get(name);
    if (!collection) {
      const declared = INDEXES.filter((index) => index.collection === name);
      collection = new Collection(
        name,
        declared.filter((index) => index.unique),
        declared,
      );
      this.collections.set(name, collection);
    }
    return collection;
  }

  private *documents(): Iterable<{ coll: string; doc: Doc }> {
    for (const [coll, collection] of this.collections) for (const doc of collection.docs.values()) yield { coll, doc };
  }

  /** Checks, applies and journals the writes of one operation on one collection. */
  private write(coll: string, writes: PlannedWrite[]): Promise<void> {
    if (!writes.length) return Promise.resolve();
    this.collection(coll).checkUnique(writes);
    return this.commit(
      writes.map((write) => ('remove' in write ? { coll, del: write.remove._id } : { coll, put: write.doc })),
    );
  }

  /** Applies checked mutations in memory now; resolves once they are durable. */
  private commit(mutations: Mutation[]): Promise<void> {
    if (!mutations.length) return Promise.resolve();
    for (const mutation of mutations) {
      this.apply(mutation);
      const id = 'put' in mutation ? mutation.put._id : mutation.del;
      for (const tx of this.readers.get(docKey(mutation.coll, id)) ?? []) tx.staleReads.add(docKey(mutation.coll, id));
    }
    return this.journal.append(mutations);
  }

  private apply(mutation: Mutation): void {
    if ('put' in mutation) this.collection(mutation.coll).put(mutation.put);
    else this.collections.get(mutation.coll)?.delete(mutation.del);
  }

  private openTransaction(id: string): Transaction {
    this.expireTransactions();
    const tx = this.transactions.get(id);
    if (!tx) throw requestFailed(`transaction ${id} is not open: it was committed, aborted, or expired after 60 s`);
    return tx;
  }

  // Expiry is checked whenever a transaction is used or started, so an abandoned transaction releases
  // its write locks before anyone else could conflict with them; no timer is needed.
  private expireTransactions(): void {
    const now = this.clock();
    for (const tx of this.transactions.values())
      if (now - tx.startedAt > TRANSACTION_TIMEOUT_MS) this.endTransaction(tx);
  }

  private endTransaction(tx: Transaction): void {
    this.transactions.delete(tx.id);
    for (const key of tx.pending.keys()) if (this.writeLocks.get(key) === tx) this.writeLocks.delete(key);
    for (const key of tx.reads) {
      const readers = this.readers.get(key);
      readers?.delete(tx);
      if (readers?.size === 0) this.readers.delete(key);
    }
  }

  private viewInTransaction(tx: Transaction, coll: string, id: DocId): Doc | undefined {
    const committed = this.collections.get(coll)?.docs.get(id);
    return replay(coll, id, committed, tx.pending.get(docKey(coll, id))?.writes ?? []);
  }

  private readInTransaction(tx: Transaction, coll: string, id: DocId): Doc | undefined {
    const key = docKey(coll, id);
    if (!tx.reads.has(key)) {
      tx.reads.add(key);
      this.readers.set(key, (this.readers.get(key) ?? new Set()).add(tx));
    }
    return this.viewInTransaction(tx, coll, id);
  }

  /** A second open transaction writing a document fails at once and is aborted, freeing its own locks. */
  private writeInTransaction(tx: Transaction, coll: string, id: DocId, write: BufferedWrite): void {
    const key = docKey(coll, id);
    const holder = this.writeLocks.get(key);
    if (holder && holder !== tx) {
      this.endTransaction(tx);
      throw transactionConflict(`document ${JSON.stringify(id)} of ${coll} is being written by another transaction`);
    }
    if (write.kind === 'insert') replay(coll, id, this.viewInTransaction(tx, coll, id), [write]);
    this.writeLocks.set(key, tx);
    tx.buffer(key, coll, id, write);
  }
}

function singleDocument(selector: Selector, what: string, multi = false): DocId {
  if (!('id' in selector) || multi)
    throw requestFailed(`${what} is not allowed in a transaction: ${ONLY_SINGLE_DOCUMENT}`);
  return selector.id;
}

function docKey(coll: string, id: DocId): string {
  return `${coll}\u0000${typeof id}:${id}`;
}

function plainId(value: unknown): DocId | undefined {
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

/** WeChat's generated ids are 32 hex characters. */
function newId(): string {
  return randomBytes(16).toString('hex');
}

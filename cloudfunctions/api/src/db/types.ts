// The slice of wx-server-sdk's database API that the services use, typed as it behaves
// (the SDK's own typings widen every result to `void | string | Promise`). main.ts hands the
// real `cloud.database()` in under this type; nothing here wraps or changes it.
/* eslint-disable @typescript-eslint/no-explicit-any */

export type Condition = any;

export interface Command {
  eq(v: unknown): Condition;
  neq(v: unknown): Condition;
  gt(v: unknown): Condition;
  gte(v: unknown): Condition;
  lt(v: unknown): Condition;
  lte(v: unknown): Condition;
  in(v: unknown[]): Condition;
  nin(v: unknown[]): Condition;
  and(...c: Condition[]): Condition;
  or(...c: Condition[]): Condition;
  inc(n: number): Condition;
  set(v: unknown): Condition;
  remove(): Condition;
  push(v: unknown): Condition;
  pull(v: unknown): Condition;
  exists(v: boolean): Condition;
}

export interface WriteStats {
  stats: { updated: number; removed?: number };
}

export interface Query {
  where(q: Record<string, unknown>): Query;
  orderBy(field: string, order: 'asc' | 'desc'): Query;
  skip(n: number): Query;
  limit(n: number): Query;
  field(projection: Record<string, boolean>): Query;
  get(): Promise<{ data: any[] }>;
  count(): Promise<{ total: number }>;
  update(opts: { data: object }): Promise<WriteStats>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface DocRef {
  field(projection: Record<string, boolean>): DocRef;
  get(): Promise<{ data: any | null }>;
  set(opts: { data: object }): Promise<unknown>;
  update(opts: { data: object }): Promise<WriteStats>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface Collection extends Query {
  doc(id: string): DocRef;
  add(opts: { data: object }): Promise<{ _id: string }>;
}

/** Inside a transaction only single documents can be read and written (WeChat's rule). */
export interface TransactionDb {
  collection(name: string): { doc(id: string): DocRef; add(opts: { data: object }): Promise<{ _id: string }> };
}

export interface Database {
  collection(name: string): Collection;
  command: Command;
  RegExp(opts: { regexp: string; options?: string }): Condition;
  /** Commits what `fn` wrote, or nothing; retried (up to `times`) when a document it read changed meanwhile. */
  runTransaction<T>(fn: (tx: TransactionDb) => Promise<T>, times?: number): Promise<T>;
}

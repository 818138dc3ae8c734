// The local cloud's embedded database: MongoDB semantics from mingo, unique indexes from the function's
// schema, a group-committed journal for durability, and transactions with WeChat's rules.
import { Store, type StoreOptions } from './store';

export { Store, type ModifyOptions, type StoreOptions, type WriteOptions } from './store';
export type { FindOptions } from './collection';
export { invalidParam, StoreError, type StoreErrorCode } from './errors';
export { decodeEJSON, encodeEJSON } from './ejson';
export type { Doc, DocId, Filter, Projection, Selector, SortSpec, UpdateSpec } from './types';

export function openStore(opts: StoreOptions): Promise<Store> {
  return Store.open(opts);
}

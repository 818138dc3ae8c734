import { decodeEJSON, encodeEJSON, invalidParam, type DocId, type Selector, type Store } from '../store';

/** WeChat answers at most 100 documents per server-side get(); the SDK asks for 100 unless told. */
const MAX_READ = 100;

type Params = Record<string, unknown>;

/** Runs one `database.*` action of the CloudBase protocol and answers its body (without requestId). */
export async function runDatabaseAction(store: Store, params: Params): Promise<Params> {
  const now = store.now();
  const coll = params.collectionName as string;
  const transactionId = (params.transactionId as string | undefined) || undefined;
  switch (params.action) {
    case 'database.getDocument': {
      const docs = store.find(coll, selectorOf(params, now), {
        order: decodeOptional(params.order, now),
        offset: typeof params.offset === 'number' ? params.offset : undefined,
        limit: typeof params.limit === 'number' && params.limit > 0 ? Math.min(params.limit, MAX_READ) : MAX_READ,
        projection: decodeOptional(params.projection, now),
        transactionId,
      });
      return { data: { list: docs.map((doc) => encodeEJSON(doc)) } };
    }
    case 'database.calculateDocument':
      return { data: { total: store.count(coll, decodeQuery(params.query, now)) } };
    case 'database.insertDocument': {
      const docs = (params.data as string[]).map((text) => decodeEJSON(text, now) as Params);
      return { data: { insertedIds: await store.insert(coll, docs, { transactionId }) } };
    }
    case 'database.modifyDocument': {
      const result = await store.modify(
        coll,
        selectorOf(params, now),
        decodeEJSON(params.data as string, now) as Params,
        {
          multi: Boolean(params.multi),
          merge: Boolean(params.merge),
          upsert: Boolean(params.upsert),
          transactionId,
        },
      );
      return { data: { updated: result.updated, upsert_id: result.upsertedId } };
    }
    case 'database.removeDocument':
      return {
        data: await store.remove(coll, selectorOf(params, now), { multi: Boolean(params.multi), transactionId }),
      };
    case 'database.startTransaction':
      return { transactionId: store.startTransaction() };
    case 'database.commitTransaction':
      await store.commitTransaction(params.transactionId as string);
      return {};
    case 'database.abortTransaction':
      store.abortTransaction(params.transactionId as string);
      return {};
    default:
      throw invalidParam(`action ${String(params.action)} is not supported by the local cloud`);
  }
}

/** queryType DOC is the SDK's doc(id): its query is `{_id}`. Anything else is a where() query. */
function selectorOf(params: Params, now: number): Selector {
  const query = decodeQuery(params.query, now);
  return params.queryType === 'DOC' ? { id: query._id as DocId } : { where: query };
}

/** A collection-wide operation sends an empty string (or nothing) as its query. */
function decodeQuery(query: unknown, now: number): Params {
  return typeof query === 'string' && query ? (decodeEJSON(query, now) as Params) : {};
}

function decodeOptional<T>(text: unknown, now: number): T | undefined {
  return typeof text === 'string' && text ? (decodeEJSON(text, now) as T) : undefined;
}

import { openStore, type Store } from '.';

let now: number;
let store: Store;
beforeEach(async () => {
  now = Date.UTC(2025, 0, 1);
  store = await openStore({ dataDir: ':memory:', clock: () => now });
  await store.insert('things', [
    { _id: 'a', n: 1 },
    { _id: 'b', n: 1 },
  ]);
});

const update = (transactionId?: string) => ({ multi: false, merge: true, upsert: false, transactionId });
const conflict = expect.objectContaining({ code: 'DATABASE_TRANSACTION_CONFLICT' });
const n = (id: string) => store.find('things', { id })[0]?.n;

test('only single-document operations are allowed inside a transaction', async () => {
  const tx = store.startTransaction();
  const refused = expect.objectContaining({
    code: 'DATABASE_REQUEST_FAILED',
    message: expect.stringContaining('only allow single-document operations'),
  });
  expect(() => store.find('things', { where: { n: 1 } }, { transactionId: tx })).toThrow(
    expect.objectContaining({ code: 'DATABASE_REQUEST_FAILED' }),
  );
  await expect(store.modify('things', { where: { _id: 'a' } }, { $inc: { n: 1 } }, update(tx))).rejects.toEqual(
    refused,
  );
  await expect(store.modify('things', { id: 'a' }, { $inc: { n: 1 } }, { ...update(tx), multi: true })).rejects.toEqual(
    refused,
  );
  await expect(store.remove('things', { where: { n: 1 } }, { multi: true, transactionId: tx })).rejects.toEqual(
    refused,
  );
  await expect(store.insert('things', [{ n: 1 }, { n: 2 }], { transactionId: tx })).rejects.toEqual(refused);
});

test('reads inside see the transaction’s writes; nobody else does until commit', async () => {
  const tx = store.startTransaction();
  await store.modify('things', { id: 'a' }, { $inc: { n: 1 } }, update(tx));
  await store.insert('things', [{ _id: 'c', n: 7 }], { transactionId: tx });
  await store.remove('things', { id: 'b' }, { multi: false, transactionId: tx });
  expect(store.find('things', { id: 'a' }, { transactionId: tx })).toEqual([{ _id: 'a', n: 2 }]);
  expect(store.find('things', { id: 'c' }, { transactionId: tx })).toEqual([{ _id: 'c', n: 7 }]);
  expect(store.find('things', { id: 'b' }, { transactionId: tx })).toEqual([]);
  expect([n('a'), n('b'), n('c')]).toEqual([1, 1, undefined]);
  await store.commitTransaction(tx);
  expect([n('a'), n('b'), n('c')]).toEqual([2, undefined, 7]);
});

test('abort discards the writes and may be repeated', async () => {
  const tx = store.startTransaction();
  await store.modify('things', { id: 'a' }, { n: 50 }, { ...update(tx), merge: false });
  store.abortTransaction(tx);
  store.abortTransaction(tx);
  expect(n('a')).toBe(1);
  await expect(store.commitTransaction(tx)).rejects.toThrow(/is not open/);
});

test('a document written by one open transaction cannot be written by another: the second fails at once and is aborted', async () => {
  const first = store.startTransaction();
  const second = store.startTransaction();
  await store.modify('things', { id: 'b' }, { $inc: { n: 1 } }, update(second));
  await store.modify('things', { id: 'a' }, { $inc: { n: 1 } }, update(first));
  await expect(store.modify('things', { id: 'a' }, { $inc: { n: 10 } }, update(second))).rejects.toEqual(conflict);
  // The aborted transaction released 'b' and cannot be used any more.
  const third = store.startTransaction();
  await store.modify('things', { id: 'b' }, { $inc: { n: 100 } }, update(third));
  await expect(store.commitTransaction(second)).rejects.toThrow(/is not open/);
  await store.commitTransaction(first);
  await store.commitTransaction(third);
  expect([n('a'), n('b')]).toEqual([2, 101]);
});

test('commit fails when a document read and then written was changed by someone else since the read', async () => {
  const tx = store.startTransaction();
  store.find('things', { id: 'a' }, { transactionId: tx });
  await store.modify('things', { id: 'a' }, { $set: { n: 5 } }, update());
  await store.modify('things', { id: 'a' }, { $set: { n: 2 } }, update(tx));
  await expect(store.commitTransaction(tx)).rejects.toEqual(conflict);
  expect(n('a')).toBe(5);
  await expect(store.commitTransaction(tx)).rejects.toThrow(/is not open/);
});

test('a change to a document only read, or written without reading, does not conflict', async () => {
  const tx = store.startTransaction();
  store.find('things', { id: 'a' }, { transactionId: tx });
  await store.modify('things', { id: 'b' }, { $inc: { n: 1 } }, update(tx));
  await store.modify('things', { id: 'a' }, { $inc: { n: 10 } }, update());
  await store.modify('things', { id: 'b' }, { $inc: { n: 10 } }, update());
  await store.commitTransaction(tx);
  // The buffered $inc was applied to b's value at commit time.
  expect([n('a'), n('b')]).toEqual([11, 12]);
});

test('a transaction left open more than 60 s is aborted and releases its documents', async () => {
  const stale = store.startTransaction();
  await store.modify('things', { id: 'a' }, { $inc: { n: 1 } }, update(stale));
  now += 60_001;
  const fresh = store.startTransaction();
  await store.modify('things', { id: 'a' }, { $inc: { n: 5 } }, update(fresh));
  await store.commitTransaction(fresh);
  await expect(store.commitTransaction(stale)).rejects.toThrow(/expired after 60 s/);
  expect(n('a')).toBe(6);
});

test('set inside a transaction upserts, and an insert of an existing _id is refused', async () => {
  const tx = store.startTransaction();
  expect(
    await store.modify(
      'things',
      { id: 'new' },
      { n: 3 },
      { multi: false, merge: false, upsert: true, transactionId: tx },
    ),
  ).toEqual({
    updated: 0,
    upsertedId: 'new',
  });
  await expect(store.insert('things', [{ _id: 'a' }], { transactionId: tx })).rejects.toThrow(/E11000/);
  await store.commitTransaction(tx);
  expect(n('new')).toBe(3);
});

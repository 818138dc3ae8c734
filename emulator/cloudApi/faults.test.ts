// Contract of the failure injection, with the real wx-server-sdk against the endpoint: a 'fail' fault
// refuses the request, an 'applyThenFail' fault applies it and still fails the answer, for every
// database action, transactions' too; skip and match pick exactly the request to fail.
import type { Store } from '../store';
import type { CloudApi } from '.';
import { startSdkEndpoint, type SdkEndpoint } from '../testing/sdkEndpoint';

const NOW = Date.UTC(2025, 5, 1, 2, 0, 0);

let endpoint: SdkEndpoint;
let store: Store;
let api: CloudApi;
// wx-server-sdk ships no types.
/* eslint-disable @typescript-eslint/no-explicit-any */
let db: any, _: any;

beforeAll(async () => {
  endpoint = await startSdkEndpoint(() => NOW);
  ({ store, api } = endpoint);
  db = endpoint.cloud.database();
  _ = db.command;
});

afterAll(() => endpoint.close());

beforeEach(async () => {
  await store.reset();
  api.faults.clear();
});

const injected = { errCode: -502001, errMsg: expect.stringContaining('injected fault') };
// A commit's failure reaches the caller as the service's answer, not as an SDK error with errCode.
const injectedCommit = { code: 'DATABASE_REQUEST_FAILED', message: expect.stringContaining('injected fault') };
const things = () => db.collection('things');
const stored = (id: string) => store.find('things', { id })[0];

describe("mode 'fail' (the default) refuses the request", () => {
  test('an insert fails and nothing is written', async () => {
    api.faults.inject({ action: 'database.insertDocument', collectionName: 'things' });
    await expect(things().add({ data: { _id: 'a', n: 1 } })).rejects.toMatchObject(injected);
    expect(stored('a')).toBeUndefined();
    await things().add({ data: { _id: 'a', n: 1 } });
    expect(stored('a')).toEqual({ _id: 'a', n: 1 });
  });

  test('a fault on another collection lets this one through', async () => {
    api.faults.inject({ action: 'database.insertDocument', collectionName: 'others' });
    await things().add({ data: { _id: 'a', n: 1 } });
    expect(stored('a')).toEqual({ _id: 'a', n: 1 });
  });
});

describe("mode 'applyThenFail' applies the request, then fails the answer", () => {
  test('an insert rejects, the document is in the store, and a retry meets a duplicate key', async () => {
    api.faults.inject({ action: 'database.insertDocument', collectionName: 'things', mode: 'applyThenFail' });
    await expect(things().add({ data: { _id: 'a', n: 1 } })).rejects.toMatchObject(injected);
    expect(stored('a')).toEqual({ _id: 'a', n: 1 });
    await expect(things().add({ data: { _id: 'a', n: 1 } })).rejects.toMatchObject({
      errMsg: expect.stringContaining('duplicate key'),
    });
  });

  test('a conditional update rejects and its increment is applied once', async () => {
    await store.insert('things', [{ _id: 'c', n: 0, state: 'open' }]);
    api.faults.inject({ action: 'database.modifyDocument', collectionName: 'things', mode: 'applyThenFail' });
    await expect(
      things()
        .where({ _id: 'c', state: 'open' })
        .update({ data: { n: _.inc(1) } }),
    ).rejects.toMatchObject(injected);
    expect(stored('c').n).toBe(1);
    // The fault is spent: the next update answers normally.
    const { stats } = await things()
      .where({ _id: 'c', state: 'open' })
      .update({ data: { n: _.inc(1) } });
    expect(stats.updated).toBe(1);
    expect(stored('c').n).toBe(2);
  });

  test('skip lets matching requests through first, each applied once', async () => {
    await store.insert('things', [{ _id: 'c', n: 0 }]);
    api.faults.inject({ action: 'database.modifyDocument', mode: 'applyThenFail', skip: 2 });
    await things()
      .doc('c')
      .update({ data: { n: _.inc(1) } });
    await things()
      .doc('c')
      .update({ data: { n: _.inc(1) } });
    await expect(
      things()
        .doc('c')
        .update({ data: { n: _.inc(1) } }),
    ).rejects.toMatchObject(injected);
    await things()
      .doc('c')
      .update({ data: { n: _.inc(1) } });
    expect(stored('c').n).toBe(4);
  });

  test('a remove rejects and the document is gone; a read rejects after running', async () => {
    await store.insert('things', [
      { _id: 'r', n: 1 },
      { _id: 'g', n: 2 },
    ]);
    api.faults.inject({ action: 'database.removeDocument', mode: 'applyThenFail' });
    await expect(things().doc('r').remove()).rejects.toMatchObject(injected);
    expect(stored('r')).toBeUndefined();
    api.faults.inject({ action: 'database.getDocument', collectionName: 'things', mode: 'applyThenFail' });
    await expect(things().doc('g').get()).rejects.toMatchObject(injected);
    expect((await things().doc('g').get()).data).toEqual({ _id: 'g', n: 2 });
  });

  test('a request that fails by itself answers its own error', async () => {
    await store.insert('things', [{ _id: 'a', n: 1 }]);
    api.faults.inject({ action: 'database.insertDocument', mode: 'applyThenFail' });
    const error = await things()
      .add({ data: { _id: 'a', n: 2 } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ errMsg: expect.stringContaining('duplicate key') });
    expect(stored('a').n).toBe(1);
  });
});

describe('transactions', () => {
  beforeEach(async () => {
    await store.insert('things', [{ _id: 't', n: 1 }]);
  });

  test('a write inside a transaction rejects but is part of it: the commit applies it', async () => {
    const tx = await db.startTransaction();
    api.faults.inject({ action: 'database.modifyDocument', collectionName: 'things', mode: 'applyThenFail' });
    await expect(
      tx
        .collection('things')
        .doc('t')
        .update({ data: { n: _.inc(1) } }),
    ).rejects.toMatchObject(injected);
    expect(stored('t').n).toBe(1);
    await tx.commit();
    expect(stored('t').n).toBe(2);
  });

  test('a commit rejects and is committed; runTransaction does not retry it', async () => {
    api.faults.inject({ action: 'database.commitTransaction', mode: 'applyThenFail' });
    const tx = await db.startTransaction();
    await tx
      .collection('things')
      .doc('t')
      .update({ data: { n: _.inc(1) } });
    await expect(tx.commit()).rejects.toMatchObject(injectedCommit);
    expect(stored('t').n).toBe(2);

    api.faults.inject({ action: 'database.commitTransaction', mode: 'applyThenFail' });
    let attempts = 0;
    const run = db.runTransaction(async (t: { collection(name: string): any }) => {
      attempts += 1;
      await t
        .collection('things')
        .doc('t')
        .update({ data: { n: _.inc(1) } });
    });
    await expect(run).rejects.toMatchObject(injectedCommit);
    expect(attempts).toBe(1);
    expect(stored('t').n).toBe(3);
  });

  test("a 'fail' commit commits nothing", async () => {
    api.faults.inject({ action: 'database.commitTransaction' });
    const tx = await db.startTransaction();
    await tx
      .collection('things')
      .doc('t')
      .update({ data: { n: _.inc(1) } });
    await expect(tx.commit()).rejects.toMatchObject(injectedCommit);
    expect(stored('t').n).toBe(1);
  });
});

describe('match', () => {
  test('fails exactly the update of one document', async () => {
    await store.insert('things', [
      { _id: 'b1', n: 0 },
      { _id: 'b2', n: 0 },
      { _id: 'b3', n: 0 },
    ]);
    api.faults.inject({ action: 'database.modifyDocument', match: (p) => String(p.query).includes('"b2"') });
    await things()
      .doc('b1')
      .update({ data: { n: 1 } });
    await expect(
      things()
        .doc('b2')
        .update({ data: { n: 1 } }),
    ).rejects.toMatchObject(injected);
    await things()
      .doc('b3')
      .update({ data: { n: 1 } });
    await things()
      .doc('b2')
      .update({ data: { n: 1 } });
    expect(store.find('things', { where: {} }).map((d) => d.n)).toEqual([1, 1, 1]);
  });

  test('skip counts only the requests that match', async () => {
    await store.insert('things', [
      { _id: 'b1', n: 0 },
      { _id: 'b2', n: 0 },
    ]);
    api.faults.inject({
      action: 'database.modifyDocument',
      mode: 'applyThenFail',
      skip: 1,
      match: (p) => String(p.data).includes('"tag"'),
    });
    await things()
      .doc('b1')
      .update({ data: { tag: 'x' } });
    await things()
      .doc('b1')
      .update({ data: { n: 5 } });
    await expect(
      things()
        .doc('b2')
        .update({ data: { tag: 'y' } }),
    ).rejects.toMatchObject(injected);
    expect(stored('b2').tag).toBe('y');
  });
});

test('mode and match are refused for openapi faults, which answer before the request is read', () => {
  expect(() => api.faults.inject({ action: 'openapi.subscribeMessage.send', mode: 'applyThenFail' })).toThrow(
    /database actions only/,
  );
  expect(() => api.faults.inject({ action: 'openapi.subscribeMessage.send', match: () => true })).toThrow(
    /database actions only/,
  );
  expect(() =>
    api.faults.inject({ action: 'openapi.subscribeMessage.send', mode: 'fail', errcode: 45009 }),
  ).not.toThrow();
});

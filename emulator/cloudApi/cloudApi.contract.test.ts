// Contract: the real wx-server-sdk, pointed at the local endpoint, gets WeChat's answers for every
// database operator, transaction rule and openapi call the project uses.
import type { Store } from '../store';
import type { CloudApi } from '.';
import { startSdkEndpoint, type SdkEndpoint } from '../testing/sdkEndpoint';

const NOW = Date.UTC(2025, 5, 1, 2, 0, 0);

let endpoint: SdkEndpoint;
let store: Store;
let api: CloudApi;
// wx-server-sdk ships no types.
/* eslint-disable @typescript-eslint/no-explicit-any */
let cloud: any, db: any, _: any;

beforeAll(async () => {
  endpoint = await startSdkEndpoint(() => NOW);
  ({ store, api, cloud } = endpoint);
  db = endpoint.cloud.database();
  _ = db.command;
});

afterAll(() => endpoint.close());

beforeEach(async () => {
  await store.reset();
  api.outbox.clear();
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: { errCode: number; errMsg: string }) => error,
  );

test('speaks the protocol of wx-server-sdk 4.0.2', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON file, read at run time
  expect(require('wx-server-sdk/package.json').version).toBe('4.0.2');
});

describe('add and doc().get', () => {
  test('add with an _id, without one, with a server date and a Date', async () => {
    const things = db.collection('things');
    expect(await things.add({ data: { _id: 'a', n: 1 } })).toMatchObject({ _id: 'a' });
    const { _id } = await things.add({
      data: { n: 2, at: db.serverDate(), later: db.serverDate({ offset: 1000 }), when: new Date(5) },
    });
    expect(_id).toMatch(/^[0-9a-f]{32}$/);
    const { data } = await things.doc(_id).get();
    expect(data).toEqual({ _id, n: 2, at: new Date(NOW), later: new Date(NOW + 1000), when: new Date(5) });
    expect((await things.doc('a').get()).data).toEqual({ _id: 'a', n: 1 });
  });

  test('doc().get of a missing document fails as the SDK does', async () => {
    const error = await failure(db.collection('things').doc('nope').get());
    expect(error).toMatchObject({ errCode: -1, errMsg: 'document.get:fail document with _id nope does not exist' });
  });

  test('doc().field() projects', async () => {
    await db.collection('things').add({ data: { _id: 'p', a: 1, b: 2 } });
    expect((await db.collection('things').doc('p').field({ a: true }).get()).data).toEqual({ _id: 'p', a: 1 });
  });
});

describe('where().get', () => {
  beforeEach(async () => {
    await store.insert('things', [
      { _id: 'd1', n: 1, tag: 'alpha', a: { b: 1 }, list: [1, 2] },
      { _id: 'd2', n: 2, tag: 'Beta', a: { b: 2 }, opt: true },
      { _id: 'd3', n: 3, tag: 'gamma', a: { b: 3 }, list: [3] },
      { _id: 'd4', n: 4, tag: 'alphabet', a: { b: 4 } },
    ]);
  });
  const ids = async (query: unknown) =>
    ((await db.collection('things').where(query).get()).data as { _id: string }[]).map((doc) => doc._id).sort();

  test('comparison operators', async () => {
    expect(await ids({ n: 2 })).toEqual(['d2']);
    expect(await ids({ n: _.eq(3) })).toEqual(['d3']);
    expect(await ids({ n: _.neq(3) })).toEqual(['d1', 'd2', 'd4']);
    expect(await ids({ n: _.gt(2) })).toEqual(['d3', 'd4']);
    expect(await ids({ n: _.gte(2) })).toEqual(['d2', 'd3', 'd4']);
    expect(await ids({ n: _.lt(2) })).toEqual(['d1']);
    expect(await ids({ n: _.lte(2) })).toEqual(['d1', 'd2']);
    expect(await ids({ n: _.in([1, 4, 9]) })).toEqual(['d1', 'd4']);
    expect(await ids({ n: _.nin([1, 4]) })).toEqual(['d2', 'd3']);
    expect(await ids({ _id: 'd2', n: _.gte(2) })).toEqual(['d2']);
    expect(await ids({ _id: 'd2', n: _.gte(3) })).toEqual([]);
  });

  test('logical operators, exists, nested paths, arrays', async () => {
    expect(await ids({ n: _.gt(1).and(_.lt(4)) })).toEqual(['d2', 'd3']);
    expect(await ids(_.and([{ n: _.gt(1) }, { tag: 'gamma' }]))).toEqual(['d3']);
    expect(await ids(_.or([{ n: 1 }, { tag: 'gamma' }]))).toEqual(['d1', 'd3']);
    expect(await ids({ n: _.lt(2).or(_.gt(3)) })).toEqual(['d1', 'd4']);
    expect(await ids({ opt: _.exists(true) })).toEqual(['d2']);
    expect(await ids({ opt: _.exists(false) })).toEqual(['d1', 'd3', 'd4']);
    expect(await ids({ 'a.b': 2 })).toEqual(['d2']);
    expect(await ids({ a: { b: _.gte(3) } })).toEqual(['d3', 'd4']);
    expect(await ids({ list: 2 })).toEqual(['d1']);
  });

  test('regular expressions', async () => {
    expect(await ids({ tag: db.RegExp({ regexp: '^alpha', options: '' }) })).toEqual(['d1', 'd4']);
    expect(await ids({ tag: db.RegExp({ regexp: '^beta$', options: 'i' }) })).toEqual(['d2']);
    expect(await ids({ tag: /MMA/i })).toEqual(['d3']);
  });

  test('orderBy, skip, limit and field', async () => {
    const { data } = await db
      .collection('things')
      .where({ n: _.gte(1) })
      .orderBy('n', 'desc')
      .skip(1)
      .limit(2)
      .field({ n: true })
      .get();
    expect(data).toEqual([
      { _id: 'd3', n: 3 },
      { _id: 'd2', n: 2 },
    ]);
    await store.insert('things', [{ _id: 'd5', n: 1, tag: 'zeta' }]);
    const sorted = await db
      .collection('things')
      .where({ n: _.lte(2) })
      .orderBy('n', 'asc')
      .orderBy('tag', 'desc')
      .get();
    expect(sorted.data.map((doc: { _id: string }) => doc._id)).toEqual(['d5', 'd1', 'd2']);
  });
});

describe('the 100-document read cap and count', () => {
  beforeEach(async () => {
    await store.insert(
      'many',
      Array.from({ length: 150 }, (_unused, i) => ({ _id: `m${String(i).padStart(3, '0')}`, i })),
    );
  });

  test('get() answers at most 100 documents, even when asked for more', async () => {
    expect((await db.collection('many').get()).data).toHaveLength(100);
    expect((await db.collection('many').limit(1000).get()).data).toHaveLength(100);
    expect((await db.collection('many').limit(20).get()).data).toHaveLength(20);
    const rest = await db.collection('many').orderBy('i', 'asc').skip(100).get();
    expect(rest.data).toHaveLength(50);
    expect(rest.data[0]).toEqual({ _id: 'm100', i: 100 });
  });

  test('count() is not capped', async () => {
    expect(await db.collection('many').count()).toMatchObject({ total: 150 });
    expect(
      await db
        .collection('many')
        .where({ i: _.lt(10) })
        .count(),
    ).toMatchObject({ total: 10 });
  });
});

describe('update', () => {
  const get = async (id: string) => (await db.collection('things').doc(id).get()).data;
  beforeEach(async () => {
    await store.insert('things', [
      {
        _id: 'u',
        n: 5,
        f: 2,
        keep: 'k',
        gone: 'x',
        arr: [1, 2, 3, 2],
        set: ['a'],
        lo: 10,
        hi: 10,
        a: { b: 1, c: 1 },
        o: { p: 1, q: 2 },
      },
      { _id: 'v', n: 1, group: 'g' },
      { _id: 'w', n: 2, group: 'g' },
    ]);
  });

  test('doc().update with every update operator', async () => {
    const result = await db
      .collection('things')
      .doc('u')
      .update({
        data: {
          n: _.inc(-2),
          f: _.mul(3),
          gone: _.remove(),
          lo: _.min(4),
          hi: _.max(40),
          set: _.addToSet('b'),
          plain: 'p',
          o: _.set({ z: 1 }),
          a: { b: 2 },
          'a.d': 3,
        },
      });
    expect(result.stats).toEqual({ updated: 1 });
    await db
      .collection('things')
      .doc('u')
      .update({ data: { arr: _.pull(2) } });
    await db
      .collection('things')
      .doc('u')
      .update({ data: { arr: _.push([7, 8]), set: _.addToSet('a') } });
    await db
      .collection('things')
      .doc('u')
      .update({ data: { arr: _.push({ each: [0], position: 0 }) } });
    expect(await get('u')).toEqual({
      _id: 'u',
      n: 3,
      f: 6,
      keep: 'k',
      arr: [0, 1, 3, 7, 8],
      set: ['a', 'b'],
      lo: 4,
      hi: 40,
      plain: 'p',
      o: { z: 1 },
      a: { b: 2, c: 1, d: 3 },
    });
  });

  test('stats.updated counts changed documents: 0 without a match', async () => {
    const things = db.collection('things');
    expect((await things.doc('nope').update({ data: { n: 1 } })).stats).toEqual({ updated: 0 });
    expect((await things.where({ group: 'none' }).update({ data: { n: 1 } })).stats).toEqual({ updated: 0 });
    expect((await things.where({ group: 'g' }).update({ data: { n: _.inc(10) } })).stats).toEqual({ updated: 2 });
    expect((await get('v')).n).toBe(11);
    expect((await get('w')).n).toBe(12);
  });

  test('doc().set replaces a document or creates it', async () => {
    const things = db.collection('things');
    expect(await things.doc('v').set({ data: { only: 1 } })).toMatchObject({
      _id: 'v',
      stats: { updated: 1, created: 0 },
    });
    expect(await get('v')).toEqual({ _id: 'v', only: 1 });
    expect(await things.doc('new').set({ data: { n: 1, at: db.serverDate() } })).toMatchObject({
      _id: 'new',
      stats: { updated: 0, created: 1 },
    });
    expect(await get('new')).toEqual({ _id: 'new', n: 1, at: new Date(NOW) });
  });

  test('doc().remove and where().remove', async () => {
    const things = db.collection('things');
    expect((await things.doc('u').remove()).stats).toEqual({ removed: 1 });
    expect((await things.doc('u').remove()).stats).toEqual({ removed: 0 });
    expect((await things.where({ group: 'g' }).remove()).stats).toEqual({ removed: 2 });
    expect(await things.count()).toMatchObject({ total: 0 });
  });
});

describe('unique indexes', () => {
  test('a duplicate key on add fails with -502001 and MongoDB E11000 message', async () => {
    await db.collection('attendees').add({ data: { openid: 'o1', idHash: 'h1' } });
    const error = await failure(db.collection('attendees').add({ data: { openid: 'o1', idHash: 'h1' } }));
    expect(error.errCode).toBe(-502001);
    expect(error.errMsg).toBe(
      'collection.add:fail -502001 database request fail. E11000 duplicate key error collection: attendees ' +
        'index: owner_idHash dup key: { openid: "o1", idHash: "h1" }',
    );
    await db.collection('attendees').add({ data: { openid: 'o2', idHash: 'h1' } });
    const sameId = await failure(
      db
        .collection('claims')
        .add({ data: { _id: 'k' } })
        .then(() => db.collection('claims').add({ data: { _id: 'k' } })),
    );
    expect(sameId.errCode).toBe(-502001);
    expect(sameId.errMsg).toContain('E11000 duplicate key error collection: claims index: _id_ dup key: { _id: "k" }');
  });

  test('a duplicate key on update fails the same way and changes nothing', async () => {
    await store.insert('slots', [
      { _id: 's1', resourceId: 'r', start: 1 },
      { _id: 's2', resourceId: 'r', start: 2 },
    ]);
    const error = await failure(
      db
        .collection('slots')
        .doc('s2')
        .update({ data: { start: 1 } }),
    );
    expect(error.errCode).toBe(-502001);
    expect(error.errMsg).toContain(
      'E11000 duplicate key error collection: slots index: resource_start dup key: { resourceId: "r", start: 1 }',
    );
    expect((await db.collection('slots').doc('s2').get()).data.start).toBe(2);
  });
});

test('50 concurrent conditional decrements of 10 places: exactly 10 win', async () => {
  await db.collection('slots').add({ data: { _id: 'rush', resourceId: 'r', start: 0, remaining: 10 } });
  const results = await Promise.all(
    Array.from({ length: 50 }, () =>
      db
        .collection('slots')
        .where({ _id: 'rush', remaining: _.gte(1) })
        .update({ data: { remaining: _.inc(-1) } }),
    ),
  );
  expect(results.filter((result: { stats: { updated: number } }) => result.stats.updated === 1)).toHaveLength(10);
  expect(results.filter((result: { stats: { updated: number } }) => result.stats.updated === 0)).toHaveLength(40);
  expect((await db.collection('slots').doc('rush').get()).data.remaining).toBe(0);
});

describe('transactions', () => {
  beforeEach(async () => {
    await store.insert('things', [{ _id: 't', n: 1 }]);
  });
  const n = async () => (await db.collection('things').doc('t').get()).data.n;

  test('commit applies every write at once; reads inside see the transaction’s own writes', async () => {
    const tx = await db.startTransaction();
    await tx
      .collection('things')
      .doc('t')
      .update({ data: { n: _.inc(1) } });
    await tx.collection('things').add({ data: { _id: 'added', n: 9 } });
    expect((await tx.collection('things').doc('t').get()).data).toEqual({ _id: 't', n: 2 });
    expect((await tx.collection('things').doc('added').get()).data).toEqual({ _id: 'added', n: 9 });
    expect(await n()).toBe(1);
    await tx.commit();
    expect(await n()).toBe(2);
    expect((await db.collection('things').doc('added').get()).data.n).toBe(9);
  });

  test('rollback discards the writes', async () => {
    const tx = await db.startTransaction();
    await tx
      .collection('things')
      .doc('t')
      .set({ data: { n: 100 } });
    await tx.collection('things').doc('t').remove();
    await tx.rollback();
    expect(await n()).toBe(1);
  });

  test('a query inside a transaction is refused', async () => {
    const tx = await db.startTransaction();
    const error = await failure(tx.collection('things').where({ n: 1 }).get());
    expect(error.errCode).toBe(-502001);
    expect(error.errMsg).toContain('WeChat transactions only allow single-document operations');
    await tx.rollback();
  });

  test('a second transaction writing the same document fails with a conflict', async () => {
    const first = await db.startTransaction();
    const second = await db.startTransaction();
    await first
      .collection('things')
      .doc('t')
      .update({ data: { n: _.inc(1) } });
    const error = await failure(
      second
        .collection('things')
        .doc('t')
        .update({ data: { n: _.inc(10) } }),
    );
    // The SDK knows no errCode for DATABASE_TRANSACTION_CONFLICT: it surfaces as a system error.
    expect(error.errCode).toBe(-501001);
    expect(error.errMsg).toContain('TransactionConflict');
    await first.commit();
    expect(await n()).toBe(2);
  });

  test('commit fails when a document read and then written was changed meanwhile', async () => {
    const tx = await db.startTransaction();
    await tx.collection('things').doc('t').get();
    await db
      .collection('things')
      .doc('t')
      .update({ data: { n: 5 } });
    await tx
      .collection('things')
      .doc('t')
      .update({ data: { n: 2 } });
    await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
    expect(await n()).toBe(5);
  });

  test('runTransaction retries after a commit conflict and then succeeds', async () => {
    let attempts = 0;
    const seen = await db.runTransaction(async (tx: { collection(name: string): any }) => {
      attempts += 1;
      const { data } = await tx.collection('things').doc('t').get();
      if (attempts === 1)
        await db
          .collection('things')
          .doc('t')
          .update({ data: { n: _.inc(100) } });
      await tx
        .collection('things')
        .doc('t')
        .update({ data: { n: data.n * 2 } });
      return data.n;
    });
    expect(attempts).toBe(2);
    expect(seen).toBe(101);
    expect(await n()).toBe(202);
  });
});

test('openapi.subscribeMessage.send succeeds and is recorded as sent', async () => {
  const message = {
    touser: 'openid-1',
    templateId: 'tmpl-1',
    page: 'pages/index/index',
    data: { thing1: { value: 'x' }, time2: { value: '2025-06-01 10:00' } },
    miniprogramState: 'developer',
  };
  api.subscriptions.record('openid-1', { 'tmpl-1': 'accept', 'tmpl-2': 'reject' });
  const result = await cloud.openapi.subscribeMessage.send(message);
  expect(result).toMatchObject({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' });
  expect(api.outbox.list()).toEqual([{ ...message, at: NOW }]);
  await cloud.openapi.security.msgSecCheck({ content: 'hello' });
  expect(api.outbox.list()).toHaveLength(1);
});

test("subscribeMessage.send answers WeChat's errors: 43101 without an accept left, 47003 for a bad field, and an injected one", async () => {
  api.outbox.clear();
  const message = {
    touser: 'openid-2',
    templateId: 'tmpl-1',
    page: 'pages/index/index',
    data: { thing1: { value: 'x' } },
  };
  await expect(cloud.openapi.subscribeMessage.send(message)).rejects.toMatchObject({ errCode: 43101 });
  api.subscriptions.record('openid-2', { 'tmpl-1': 'accept' });
  await expect(
    cloud.openapi.subscribeMessage.send({
      ...message,
      data: { thing1: { value: '一二三四五六七八九十一二三四五六七八九十一' } },
    }),
  ).rejects.toMatchObject({ errCode: 47003 });
  await expect(
    cloud.openapi.subscribeMessage.send({ ...message, data: { phrase1: { value: 'OK' } } }),
  ).rejects.toMatchObject({ errCode: 47003 });
  api.faults.inject({ action: 'openapi.subscribeMessage.send', errcode: -1 });
  await expect(cloud.openapi.subscribeMessage.send(message)).rejects.toMatchObject({ errCode: -1 });
  // The refused and failed calls used nothing: the one accept is still there, then it is used up.
  await cloud.openapi.subscribeMessage.send(message);
  await expect(cloud.openapi.subscribeMessage.send(message)).rejects.toMatchObject({ errCode: 43101 });
  expect(api.outbox.list()).toHaveLength(1);
});

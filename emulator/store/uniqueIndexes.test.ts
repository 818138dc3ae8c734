import { openStore, type Store } from '.';

let store: Store;
beforeEach(async () => {
  store = await openStore({ dataDir: ':memory:' });
});

const merge = { multi: false, merge: true, upsert: false };
const E11000 = (index: string) =>
  expect.objectContaining({
    code: 'DATABASE_REQUEST_FAILED',
    message: expect.stringContaining(`index: ${index} dup key`),
  });

test('a compound unique key is refused on insert, also within one batch', async () => {
  await store.insert('attendees', [{ _id: 'a1', openid: 'o1', idHash: 'h1' }]);
  await expect(store.insert('attendees', [{ openid: 'o1', idHash: 'h1' }])).rejects.toEqual(E11000('owner_idHash'));
  await expect(
    store.insert('attendees', [
      { openid: 'o2', idHash: 'h' },
      { openid: 'o2', idHash: 'h' },
    ]),
  ).rejects.toEqual(E11000('owner_idHash'));
  expect(store.count('attendees', {})).toBe(1);
  await store.insert('attendees', [
    { openid: 'o2', idHash: 'h1' },
    { openid: 'o1', idHash: 'h2' },
  ]);
  expect(store.count('attendees', {})).toBe(3);
});

test('the message names the collection, the index and the key', async () => {
  await store.insert('attendees', [{ openid: 'o1', idHash: 'h1' }]);
  await expect(store.insert('attendees', [{ openid: 'o1', idHash: 'h1' }])).rejects.toThrow(
    'E11000 duplicate key error collection: attendees index: owner_idHash dup key: { openid: "o1", idHash: "h1" }',
  );
  await store.insert('notes', [{ _id: 'n' }]);
  await expect(store.insert('notes', [{ _id: 'n' }])).rejects.toThrow('index: _id_ dup key: { _id: "n" }');
});

test('a missing key field counts as null, as in MongoDB', async () => {
  await store.insert('attendees', [{ openid: 'o1' }]);
  await expect(store.insert('attendees', [{ openid: 'o1', idHash: null }])).rejects.toEqual(E11000('owner_idHash'));
  await expect(store.insert('attendees', [{ openid: 'o1' }])).rejects.toEqual(E11000('owner_idHash'));
});

test('update, replace and upsert are checked and leave the document unchanged when refused', async () => {
  await store.insert('slots', [
    { _id: 's1', resourceId: 'r', start: 1 },
    { _id: 's2', resourceId: 'r', start: 2 },
  ]);
  await expect(store.modify('slots', { id: 's2' }, { $set: { start: 1 } }, merge)).rejects.toEqual(
    E11000('resource_start'),
  );
  await expect(
    store.modify('slots', { id: 's2' }, { resourceId: 'r', start: 1 }, { ...merge, merge: false }),
  ).rejects.toEqual(E11000('resource_start'));
  await expect(
    store.modify('slots', { id: 's3' }, { resourceId: 'r', start: 2 }, { multi: false, merge: false, upsert: true }),
  ).rejects.toEqual(E11000('resource_start'));
  expect(store.find('slots', { id: 's2' })).toEqual([{ _id: 's2', resourceId: 'r', start: 2 }]);
  expect(store.count('slots', {})).toBe(2);
});

test('a multi-document update that would collide changes nothing', async () => {
  await store.insert('slots', [
    { _id: 's1', resourceId: 'r', start: 1, group: 'g' },
    { _id: 's2', resourceId: 'r', start: 2, group: 'g' },
  ]);
  await expect(
    store.modify('slots', { where: { group: 'g' } }, { $set: { start: 5 } }, { ...merge, multi: true }),
  ).rejects.toEqual(E11000('resource_start'));
  expect(store.find('slots', { where: {} }, { order: { _id: 1 } }).map((slot) => slot.start)).toEqual([1, 2]);
});

test('a key freed by an update or a remove can be taken again', async () => {
  await store.insert('slots', [{ _id: 's1', resourceId: 'r', start: 1 }]);
  await store.modify('slots', { id: 's1' }, { $set: { start: 9 } }, merge);
  await store.insert('slots', [{ _id: 's2', resourceId: 'r', start: 1 }]);
  await store.remove('slots', { id: 's2' }, { multi: false });
  await store.insert('slots', [{ _id: 's3', resourceId: 'r', start: 1 }]);
  expect(store.count('slots', {})).toBe(2);
});

test('a transaction may swap keys between documents; a commit that collides fails', async () => {
  await store.insert('slots', [
    { _id: 's1', resourceId: 'r', start: 1 },
    { _id: 's2', resourceId: 'r', start: 2 },
  ]);
  const swap = store.startTransaction();
  await store.modify('slots', { id: 's1' }, { $set: { start: 2 } }, { ...merge, transactionId: swap });
  await store.modify('slots', { id: 's2' }, { $set: { start: 1 } }, { ...merge, transactionId: swap });
  await store.commitTransaction(swap);
  expect(store.find('slots', { id: 's1' })[0].start).toBe(2);

  const first = store.startTransaction();
  const second = store.startTransaction();
  await store.insert('attendees', [{ _id: 'x', openid: 'o', idHash: 'h' }], { transactionId: first });
  await store.insert('attendees', [{ _id: 'y', openid: 'o', idHash: 'h' }], { transactionId: second });
  await store.commitTransaction(first);
  await expect(store.commitTransaction(second)).rejects.toEqual(E11000('owner_idHash'));
  expect(store.find('attendees', { where: {} }).map((doc) => doc._id)).toEqual(['x']);
});

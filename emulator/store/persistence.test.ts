import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '.';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const all = (store: Store, coll: string) => store.find(coll, { where: {} }, { order: { _id: 1 } });

test('data survives closing and reopening, dates and numbers included', async () => {
  const dir = tempDir();
  const store = await openStore({ dataDir: dir });
  await store.insert('slots', [
    { _id: 's1', resourceId: 'r', start: 1_750_000_000_000, remaining: 3, at: new Date(7) },
  ]);
  await store.insert('notes', [
    { _id: 'n1', text: '你好' },
    { _id: 'n2', text: 'bye' },
  ]);
  await store.modify('slots', { id: 's1' }, { $inc: { remaining: -1 } }, { multi: false, merge: true, upsert: false });
  await store.remove('notes', { id: 'n2' }, { multi: false });
  await store.close();

  const reopened = await openStore({ dataDir: dir });
  expect(all(reopened, 'slots')).toEqual([
    { _id: 's1', resourceId: 'r', start: 1_750_000_000_000, remaining: 2, at: new Date(7) },
  ]);
  expect(all(reopened, 'notes')).toEqual([{ _id: 'n1', text: '你好' }]);
  // Unique indexes are rebuilt from the replayed documents.
  await expect(reopened.insert('slots', [{ resourceId: 'r', start: 1_750_000_000_000 }])).rejects.toThrow(/E11000/);
  await reopened.insert('notes', [{ _id: 'n3', text: 'after reopen' }]);
  await reopened.close();

  const again = await openStore({ dataDir: dir });
  expect(all(again, 'notes').map((doc) => doc._id)).toEqual(['n1', 'n3']);
  await again.close();
});

test('opening folds the journal into the snapshot and starts an empty journal', async () => {
  const dir = tempDir();
  const store = await openStore({ dataDir: dir });
  await store.insert('notes', [{ _id: 'n1' }]);
  expect(fs.statSync(path.join(dir, 'journal.jsonl')).size).toBeGreaterThan(0);
  await store.close();
  const reopened = await openStore({ dataDir: dir });
  expect(fs.statSync(path.join(dir, 'journal.jsonl')).size).toBe(0);
  expect(fs.readFileSync(path.join(dir, 'snapshot.jsonl'), 'utf8')).toContain('n1');
  await reopened.close();
});

test('a journal cut anywhere in its last line loses nothing acknowledged', async () => {
  const dir = tempDir();
  const store = await openStore({ dataDir: dir });
  await store.insert('notes', [{ _id: 'n1', v: 1 }]);
  await store.modify('notes', { id: 'n1' }, { $set: { v: 2 } }, { multi: false, merge: true, upsert: false });
  const acknowledgedSize = fs.statSync(path.join(dir, 'journal.jsonl')).size;
  await store.insert('notes', [{ _id: 'n2', v: 3 }]);
  const fullSize = fs.statSync(path.join(dir, 'journal.jsonl')).size;

  // Copy the files as a crash would leave them, the last write cut short at various points.
  for (const cut of [
    acknowledgedSize,
    acknowledgedSize + 1,
    Math.floor((acknowledgedSize + fullSize) / 2),
    fullSize - 1,
    fullSize,
  ]) {
    const crashed = tempDir();
    fs.copyFileSync(path.join(dir, 'snapshot.jsonl'), path.join(crashed, 'snapshot.jsonl'));
    const journal = fs.readFileSync(path.join(dir, 'journal.jsonl'));
    fs.writeFileSync(path.join(crashed, 'journal.jsonl'), journal.subarray(0, cut));

    const recovered = await openStore({ dataDir: crashed });
    const expected =
      cut === fullSize
        ? [
            { _id: 'n1', v: 2 },
            { _id: 'n2', v: 3 },
          ]
        : [{ _id: 'n1', v: 2 }];
    expect(all(recovered, 'notes')).toEqual(expected);
    await recovered.close();
  }
  await store.close();
});

test('concurrent writes are group-committed and all of them persist', async () => {
  const dir = tempDir();
  const store = await openStore({ dataDir: dir });
  const probe = await fs.promises.open(path.join(dir, 'probe'), 'w');
  const datasync = jest.spyOn(Object.getPrototypeOf(probe), 'datasync');
  await probe.close();
  await store.insert('slots', [{ _id: 'rush', resourceId: 'r', start: 0, remaining: 300 }]);
  const results = await Promise.all(
    Array.from({ length: 500 }, (_unused, i) =>
      Promise.all([
        store.insert('bookings', [{ _id: `b${i}` }]),
        store.modify(
          'slots',
          { where: { _id: 'rush', remaining: { $gte: 1 } } },
          { $inc: { remaining: -1 } },
          { multi: true, merge: true, upsert: false },
        ),
      ]),
    ),
  );
  expect(results.filter(([, { updated }]) => updated === 1)).toHaveLength(300);
  expect(datasync.mock.calls.length).toBeLessThan(20);
  datasync.mockRestore();
  // One line per operation that wrote something: the 200 conditional updates that found no place wrote nothing.
  const lines = fs.readFileSync(path.join(dir, 'journal.jsonl'), 'utf8').trim().split('\n');
  expect(lines).toHaveLength(1 + 500 + 300);
  await store.close();

  const reopened = await openStore({ dataDir: dir });
  expect(reopened.count('bookings', {})).toBe(500);
  expect(reopened.find('slots', { id: 'rush' })[0].remaining).toBe(0);
  await reopened.close();
});

test('reset removes every document, durably', async () => {
  const dir = tempDir();
  const store = await openStore({ dataDir: dir });
  await store.insert('notes', [{ _id: 'n1' }]);
  await store.reset();
  expect(store.count('notes', {})).toBe(0);
  await store.close();
  const reopened = await openStore({ dataDir: dir });
  expect(reopened.count('notes', {})).toBe(0);
  await reopened.close();
});

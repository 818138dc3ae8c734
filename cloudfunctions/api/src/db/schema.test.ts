// The README's deployment table lists the collections and indexes to create in the WeChat console;
// it must say what schema.ts declares, or a deployment would miss an index the code relies on.
import fs from 'fs';
import path from 'path';
import { COLLECTIONS, INDEXES } from './schema';

const readme = fs.readFileSync(path.resolve(__dirname, '../../../../README.md'), 'utf8');
const rows = new Map(
  [...readme.matchAll(/^\| `(\w+)` \| (.*) \|$/gm)].map(([, collection, indexes]) => [collection, indexes] as const),
);

test.each(Object.values(COLLECTIONS))('the README lists the collection %s', (collection) => {
  expect(rows.has(collection)).toBe(true);
});

test.each(INDEXES.map((i) => [i.collection, i.keys.join(' + '), i.unique] as const))(
  'the README lists the index of %s on %s',
  (collection, keys, unique) => {
    const row = rows.get(collection) ?? '';
    expect(row).toContain(unique ? `**unique** \`${keys}\`` : `\`${keys}\``);
  },
);

import { Collection, project, type FindOptions } from './collection';
import type { Doc, Filter } from './types';
import { prng } from '../../shared/testing/prng';

// The ordered indexes only narrow what a query reads: every answer must equal the answer of testing
// every document. Generated documents, changes and queries compare the two collections.

const INDEXES = [
  { name: 'a_b', keys: ['a', 'b'] },
  { name: 'a_c_id', keys: ['a', 'c', '_id'] },
  { name: 'b', keys: ['b'] },
];

function run(seed: number): void {
  const r = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const A = ['x', 'y', 'z', null, 3];
  const value = () => ({
    a: r() < 0.1 ? undefined : pick(A),
    b: r() < 0.1 ? pick(['s', true, null]) : Math.floor(r() * 20),
    c: pick(['', 'k1', 'k2', 'k3', 'ä', 'K']),
  });
  const indexed = new Collection('t', [], INDEXES);
  const scanned = new Collection('t', []);
  const put = (doc: Doc) => {
    indexed.put(structuredClone(doc));
    scanned.put(structuredClone(doc));
  };
  for (let i = 0; i < 300; i++) put({ _id: `d${Math.floor(r() * 400)}`, ...value() });

  for (let q = 0; q < 150; q++) {
    // Change a few documents between queries: updates move them in the indexes, deletes drop them,
    // and an array value now and then makes an index unusable until it goes.
    for (let k = 0; k < 3; k++) {
      const id = `d${Math.floor(r() * 400)}`;
      if (r() < 0.2) {
        indexed.delete(id);
        scanned.delete(id);
      } else put({ _id: id, ...value(), ...(r() < 0.05 ? { a: ['x', 'y'] } : {}) });
    }
    const parts: Filter[] = [];
    if (r() < 0.8) parts.push({ a: r() < 0.5 ? pick(A) : { $in: [pick(A), pick(A)] } });
    if (r() < 0.5) parts.push({ b: { [pick(['$gt', '$gte', '$lt', '$lte'])]: Math.floor(r() * 20) } });
    if (r() < 0.4) parts.push({ c: { [pick(['$gt', '$lte'])]: pick(['k1', 'k2', '']) } });
    if (r() < 0.2) parts.push({ _id: { $gt: `d${Math.floor(r() * 400)}` } });
    const filter: Filter = r() < 0.3 ? { $and: parts } : Object.assign({}, ...parts);
    const order = pick([
      undefined,
      { b: 1 },
      { b: -1 },
      { c: -1 },
      { c: 1, _id: 1 },
      { _id: 1 },
    ]) as FindOptions['order'];
    const opts: FindOptions = {
      order,
      limit: r() < 0.7 ? 1 + Math.floor(r() * 12) : undefined,
      offset: r() < 0.3 ? Math.floor(r() * 5) : undefined,
    };
    const got = project(indexed.select({ where: filter }, opts), opts);
    const want = project(scanned.select({ where: filter }, opts), opts);
    expect({ filter, opts, ids: got.map((d) => d._id) }).toEqual({ filter, opts, ids: want.map((d) => d._id) });
  }
}

describe('ordered indexes', () => {
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))('answer exactly as a full scan (seed %i)', (seed) => run(seed));

  it('keep unmatched and array-valued documents out of ranged reads without losing matches', () => {
    const c = new Collection('t', [], [{ name: 's_r', keys: ['s', 'r'] }]);
    c.put({ _id: 1, s: 'p', r: 'b' });
    c.put({ _id: 2, s: 'p', r: 'a' });
    c.put({ _id: 3, s: 'q', r: 'a' });
    c.put({ _id: 4, s: 'p' });
    const opts: FindOptions = { order: { r: 1 }, limit: 1 };
    expect(project(c.select({ where: { s: 'p', r: { $gt: '' } } }, opts), opts).map((d) => d._id)).toEqual([2]);
    c.put({ _id: 5, s: ['p'], r: '0' });
    expect(project(c.select({ where: { s: 'p', r: { $gt: '' } } }, opts), opts).map((d) => d._id)).toEqual([5]);
    c.delete(5);
    expect(project(c.select({ where: { s: 'p', r: { $gt: '' } } }, opts), opts).map((d) => d._id)).toEqual([2]);
  });
});

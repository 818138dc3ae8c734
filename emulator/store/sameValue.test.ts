import vm from 'vm';
import { sameValue } from './sameValue';

test('values are compared by value: nested objects, arrays, dates', () => {
  expect(sameValue({ a: { b: [1, { c: 'x' }] } }, { a: { b: [1, { c: 'x' }] } })).toBe(true);
  expect(sameValue({ a: { b: 1 } }, { a: { b: 2 } })).toBe(false);
  expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  expect(sameValue([1, 2], [2, 1])).toBe(false);
  expect(sameValue([], {})).toBe(false);
  expect(sameValue(new Date(5), new Date(5))).toBe(true);
  expect(sameValue(new Date(5), new Date(6))).toBe(false);
  expect(sameValue(null, {})).toBe(false);
  expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
});

test("objects built in another realm differ when their contents differ (for structuredClone's, under jest, mingo isEqual said equal)", () => {
  const host = (source: string) => vm.runInNewContext(`(${source})`) as unknown;
  expect(sameValue(host('{ policy: { price: 1 } }'), host('{ policy: { price: 2 } }'))).toBe(false);
  expect(sameValue(host('{ policy: { price: 1 } }'), { policy: { price: 1 } })).toBe(true);
  expect(sameValue(structuredClone({ a: { b: 1 } }), structuredClone({ a: { b: 2 } }))).toBe(false);
});

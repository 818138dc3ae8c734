import { updatedDocument } from './documentUpdate';

// The store keeps structuredClone's copies; under jest those come from the host's realm, where mingo's
// isEqual took two different nested objects for equal and a set() of a changed policy counted as no change.
test('a replacement changing only a nested field is a change; the same document again is none', () => {
  const doc = { _id: 'r', policy: structuredClone({ price: 1 }) };
  expect(updatedDocument(doc, { policy: { price: 2 } }, false)).toEqual({ _id: 'r', policy: { price: 2 } });
  expect(updatedDocument(doc, { policy: { price: 1 } }, false)).toBeUndefined();
});

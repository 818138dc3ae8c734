import { update } from 'mingo/updater';
import { invalidParam } from './errors';
import { sameValue } from './sameValue';
import type { Doc, DocId, UpdateSpec } from './types';

/**
 * The document after an update, or undefined when the update changes nothing (so it is not counted in
 * `updated`, as MongoDB's nModified). `merge` means update operators (the SDK's update()); otherwise
 * `spec` replaces the document but its `_id` (the SDK's set()). The input is never mutated.
 */
export function updatedDocument(doc: Doc, spec: UpdateSpec, merge: boolean): Doc | undefined {
  if (!merge) {
    const next = replacement(doc._id, spec);
    return sameValue(next, doc) ? undefined : next;
  }
  const next = structuredClone(doc);
  let changedFields: string[];
  try {
    changedFields = update(next, spec);
  } catch (error) {
    throw invalidParam(`invalid update: ${(error as Error).message}`);
  }
  if (next._id !== doc._id) throw invalidParam('the _id of a document cannot be changed');
  return changedFields.length ? next : undefined;
}

/** The document an upsert creates: the replacement, or the update operators applied to `{ _id }`. */
export function upsertedDocument(id: DocId, spec: UpdateSpec, merge: boolean): Doc {
  return merge ? (updatedDocument({ _id: id }, spec, true) ?? { _id: id }) : replacement(id, spec);
}

function replacement(id: DocId, spec: UpdateSpec): Doc {
  if (Object.keys(spec).some((key) => key.startsWith('$'))) {
    throw invalidParam('a replacement document cannot contain update operators');
  }
  return { ...structuredClone(spec), _id: id };
}

export type DocId = string | number;
export type Doc = { _id: DocId; [field: string]: unknown };
/** A MongoDB query document (mingo criteria). */
export type Filter = Record<string, unknown>;
/** Update operators (`{$inc: …, $set: …}`) or, when replacing, a whole document without `_id`. */
export type UpdateSpec = Record<string, unknown>;
export type SortSpec = Record<string, 1 | -1>;
export type Projection = Record<string, unknown>;

/** Which documents an operation targets: one by `_id` (the SDK's doc(id), queryType DOC) or a query (WHERE). */
export type Selector = { id: DocId } | { where: Filter };

/** A committed change of one document, as journaled: the whole document after the change, or its removal. */
export type Mutation = { coll: string; put: Doc } | { coll: string; del: DocId };

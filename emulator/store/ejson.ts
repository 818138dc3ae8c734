import { BSONRegExp, EJSON } from 'bson';

// The SDK sends queries, updates and documents as canonical extended JSON. Relaxed parsing turns
// numbers and dates into JS values; two things still need converting for mingo and for storage:
// BSON regular expressions (db.RegExp, JS RegExp) and CloudBase's server date placeholder.

/** Parses an extended JSON text; `{"$tcb_server_date":{"offset":n}}` becomes `new Date(now + n)`. */
export function decodeEJSON(text: string, now: number): unknown {
  return toPlain(EJSON.parse(text, { relaxed: true }), now);
}

export function encodeEJSON(value: unknown): string {
  return EJSON.stringify(value, { relaxed: false });
}

function toPlain(value: unknown, now: number): unknown {
  if (value instanceof BSONRegExp) return new RegExp(value.pattern, value.options);
  if (Array.isArray(value)) return value.map((item) => toPlain(item, now));
  if (!isPlainObject(value)) return value;
  const serverDate = value.$tcb_server_date as { offset?: number } | undefined;
  if (serverDate && Object.keys(value).length === 1) return new Date(now + (serverDate.offset ?? 0));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = toPlain(item, now);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

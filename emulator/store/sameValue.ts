/**
 * Deep equality of stored values (JSON-like, with Dates), by value alone. mingo's isEqual also looks at
 * constructors and at a custom toString, which differ between realms: under jest the store runs in a VM
 * context while structuredClone builds its objects in the host's, and two different nested objects then
 * compared equal as "[object Object]" — an update that changed a nested field counted as no change.
 * Object.prototype.toString and Array.isArray answer the same in every realm.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const kind = Object.prototype.toString.call(a);
  if (kind !== Object.prototype.toString.call(b)) return false;
  if (kind === '[object Date]') return (a as Date).getTime() === (b as Date).getTime();
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameValue(v, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((k) => Object.prototype.hasOwnProperty.call(right, k) && sameValue(left[k], right[k]))
  );
}

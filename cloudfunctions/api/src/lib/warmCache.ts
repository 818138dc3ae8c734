// What a warm instance keeps of documents that are read on every call and change rarely (roles,
// resources, venues). The price is staleness: a change made on another instance is seen here only after
// `ttlMs`; the instance that makes the change forgets at once. Timed with performance.now, not the
// business clock: the local cloud may freeze Date, and that must not freeze the cache.
export interface WarmCache<T> {
  get(key: string, load: () => Promise<T>): Promise<T>;
  forget(key: string): void;
}

export function warmCache<T>(ttlMs: number): WarmCache<T> {
  const entries = new Map<string, { value: T; at: number }>();
  return {
    async get(key, load) {
      const hit = entries.get(key);
      if (hit && performance.now() - hit.at < ttlMs) return hit.value;
      const value = await load();
      entries.set(key, { value, at: performance.now() });
      return value;
    },
    forget: (key) => void entries.delete(key),
  };
}

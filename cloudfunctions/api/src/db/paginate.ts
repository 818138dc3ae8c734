// WeChat caps a server read at 100 documents: longer lists are read page by page.
export const PAGE_SIZE = 100;

import type { Query } from './types';

/** Every document of an ordered query, up to `max`. The query must have a stable order. */
export async function readAll<T>(query: Query, max = 1000): Promise<T[]> {
  const out: T[] = [];
  while (out.length < max) {
    const { data } = await query
      .skip(out.length)
      .limit(Math.min(PAGE_SIZE, max - out.length))
      .get();
    out.push(...(data as T[]));
    if (data.length < PAGE_SIZE) break;
  }
  return out;
}

import { useRef, useState } from 'react';
import type { Page } from '@shared/contract';
import { useRemote } from './useRemote';
import { toastError } from '../services/toast';

/**
 * A list read page by page, newest first (the contract's Page): the first page whenever `deps` change,
 * the following ones appended by `more` (加载更多).
 */
export function usePaged<T>(load: (after?: string) => Promise<Page<T>>, deps: unknown[]) {
  const list = useRemote(() => load(), deps);
  const [loadingMore, setLoadingMore] = useState(false);
  const shown = useRef(list.state);
  shown.current = list.state;

  const more = async () => {
    const at = shown.current;
    if (at.status !== 'ok' || !at.data.next || loadingMore) return;
    setLoadingMore(true);
    try {
      const page = await load(at.data.next);
      // Loaded again meanwhile (other filters, a refusal's reload): the page belongs to the old list.
      if (shown.current === at) list.setData({ items: [...at.data.items, ...page.items], next: page.next });
    } catch (e) {
      toastError(e);
    } finally {
      setLoadingMore(false);
    }
  };

  /** Shows `changed` in place of the item it is (an answer of an action on it). */
  const replace = (changed: T, same: (item: T) => boolean) => {
    const at = shown.current;
    if (at.status === 'ok') list.setData({ ...at.data, items: at.data.items.map((i) => (same(i) ? changed : i)) });
  };

  return { state: list.state, reload: list.reload, more, loadingMore, replace };
}

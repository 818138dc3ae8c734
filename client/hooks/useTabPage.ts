// Which tab page is showing. weapp gives every tab page its own tab bar instance, so the pages
// announce themselves on show and every instance reads the same value.
import { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';

let current = '';
const listeners = new Set<(path: string) => void>();

/** Called by every page (components/Page): a tab page marks its tab as selected whenever it is shown. */
export function useTabPage(pagePath: string | undefined) {
  useDidShow(() => {
    if (!pagePath) return;
    current = pagePath;
    listeners.forEach((l) => l(pagePath));
  });
}

/** The selected tab, for the weapp tab bar (one instance per tab page, which does not know its page). */
export function useSelectedTab(fallback: string): string {
  const [path, setPath] = useState(current || fallback);
  useEffect(() => {
    listeners.add(setPath);
    if (current) setPath(current);
    return () => {
      listeners.delete(setPath);
    };
  }, []);
  return path;
}

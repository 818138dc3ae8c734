// The data a page has loaded, so that a refusal saying "out of date" can load it again (errorPolicy.ts)
// without each page wiring its reload into each action.
import { createContext, useContext, useEffect } from 'react';

export interface PageData {
  /** Every loader shown on the page: each reloads quietly, keeping what is on screen meanwhile. */
  loaders: Set<() => void>;
}

export const PageDataContext = createContext<PageData | null>(null);

export const newPageData = (): PageData => ({ loaders: new Set() });

/** Registers a loader of the page's data for as long as the caller is mounted. */
export function useRegisterLoader(refresh: () => void) {
  const page = useContext(PageDataContext);
  useEffect(() => {
    if (!page) return;
    page.loaders.add(refresh);
    return () => {
      page.loaders.delete(refresh);
    };
  }, [page, refresh]);
}

/** Loads everything the page shows again. */
export function useReloadPage(): () => void {
  const page = useContext(PageDataContext);
  return () => page?.loaders.forEach((refresh) => refresh());
}

import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRegisterLoader } from './pageData';

export type Remote<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ok'; data: T };

/**
 * Loads a page's data and keeps its loading / error / data state; `reload` retries.
 * With `reloadOnShow`, a page shown again (e.g. back from a detail page) refreshes quietly.
 */
export function useRemote<T>(load: () => Promise<T>, deps: unknown[], { reloadOnShow = false } = {}) {
  const [state, setState] = useState<Remote<T>>({ status: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const seq = useRef(0);
  const shown = useRef(false);

  const reload = useCallback((quiet = false) => {
    const mine = ++seq.current;
    if (!quiet) setState({ status: 'loading' });
    loadRef.current().then(
      (data) => mine === seq.current && setState({ status: 'ok', data }),
      (error: unknown) => mine === seq.current && setState({ status: 'error', error }),
    );
  }, []);

  // Load again whenever the caller's inputs change.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's inputs are the dependencies
  useEffect(() => reload(), deps);

  useDidShow(() => {
    if (shown.current && reloadOnShow) reload(true);
    shown.current = true;
  });

  const setData = useCallback((data: T) => setState({ status: 'ok', data }), []);
  /** Loads again keeping the shown data until the answer arrives (timers, polling, a stale refusal). */
  const refresh = useCallback(() => reload(true), [reload]);
  useRegisterLoader(refresh);
  return { state, reload: () => reload(), refresh, setData };
}

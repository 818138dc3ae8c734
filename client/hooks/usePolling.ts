import { useDidHide, useDidShow } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';

/** Whether the page is on screen (false while another page covers it or the app is in the background). */
export function usePageShown(): boolean {
  const [shown, setShown] = useState(true);
  useDidShow(() => setShown(true));
  useDidHide(() => setShown(false));
  return shown;
}

/** Calls `tick` every `ms` while the page is shown. */
export function usePolling(tick: () => void, ms: number) {
  const shown = usePageShown();
  const tickRef = useRef(tick);
  tickRef.current = tick;
  useEffect(() => {
    if (!shown) return;
    const timer = setInterval(() => tickRef.current(), ms);
    return () => clearInterval(timer);
  }, [shown, ms]);
}

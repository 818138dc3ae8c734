// The tap that asks for subscribe messages before its action.
import { useState } from 'react';
import type { TemplateKind } from '@shared/contract';
import { askToSubscribe } from './subscribe';

/**
 * `askFirst(kinds)` asks in the tap itself (call it before any await: WeChat shows the popup only there),
 * then waits for the user's answer to be counted, so the accepts already count for the message the
 * action itself sends; `asking` is true meanwhile (show the button loading, ignore further taps).
 */
export function useAskFirst() {
  const [asking, setAsking] = useState(false);
  const askFirst = async (kinds: TemplateKind[]) => {
    const asked = askToSubscribe(kinds);
    setAsking(true);
    try {
      await asked;
    } finally {
      setAsking(false);
    }
  };
  return { asking, askFirst };
}

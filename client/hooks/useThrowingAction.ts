import { useRef, useState } from 'react';
import type { ActionInput, ActionOutput, MutatingAction } from '@shared/contract';
import { call } from '../services/cloud';
import { CallError, NETWORK } from '../services/callError';
import { newRequestId } from '../services/requestId';

/** Being replaced by useAction (one error policy): pages still on it catch and toast themselves.
 *
 * A state-changing action bound to the user's taps: each tap is a new intent with a new requestId,
 * except a tap that repeats an intent that failed on the network, which reuses its requestId.
 */
export function useThrowingAction<A extends MutatingAction>(action: A) {
  const [busy, setBusy] = useState(false);
  const unsettled = useRef<{ key: string; requestId: string } | null>(null);

  const run = async (data: ActionInput<A>): Promise<ActionOutput<A>> => {
    const key = JSON.stringify(data);
    const requestId = unsettled.current?.key === key ? unsettled.current.requestId : newRequestId();
    unsettled.current = { key, requestId };
    setBusy(true);
    try {
      const out = await call(action, data, { requestId });
      unsettled.current = null;
      return out;
    } catch (e) {
      if (!(e instanceof CallError && e.code === NETWORK)) unsettled.current = null;
      throw e;
    } finally {
      setBusy(false);
    }
  };

  return { run, busy };
}

import { useRef, useState } from 'react';
import type { ActionInput, ActionOutput, MutatingAction } from '@shared/contract';
import { call } from '../services/cloud';
import { CallError, NETWORK } from '../services/callError';
import { refusalOf } from '../services/errorPolicy';
import { newRequestId } from '../services/requestId';
import { toastFail, toastSuccess } from '../services/toast';
import type { FieldErrors } from '../utils/fieldErrors';
import { useReloadPage } from './pageData';

export interface ActionOptions<A extends MutatingAction> {
  /** The toast once the action succeeded. */
  success?: string | ((out: ActionOutput<A>) => string);
  /** Receives the failing fields of an INVALID_INPUT refusal (a form shows them beside its fields). */
  onFields?: (fields: FieldErrors) => void;
  /** Replaces the default on a stale refusal, which loads the page's data again. */
  onStale?: () => void;
  /** Shows the refusal in place instead of the toast (the scan shows staff what to do about it). */
  onRefused?: (error: unknown) => void;
}

/**
 * A state-changing action bound to the user's taps, under the one error policy (services/errorPolicy):
 * a refusal is toasted, its field errors go to the form, and a stale one reloads what the page shows.
 * `run` resolves with the answer, or undefined once a refusal has been shown.
 *
 * Each tap is a new intent with a new requestId, except a tap that repeats an intent that failed on the
 * network, which reuses its requestId: the function answers a repeat with its first answer.
 */
export function useAction<A extends MutatingAction>(action: A, options: ActionOptions<A> = {}) {
  const [busy, setBusy] = useState(false);
  const unsettled = useRef<{ key: string; requestId: string } | null>(null);
  const reloadPage = useReloadPage();

  const run = async (data: ActionInput<A>): Promise<ActionOutput<A> | undefined> => {
    const key = JSON.stringify(data);
    const requestId = unsettled.current?.key === key ? unsettled.current.requestId : newRequestId();
    unsettled.current = { key, requestId };
    setBusy(true);
    try {
      const out = await call(action, data, { requestId });
      unsettled.current = null;
      const { success } = options;
      if (success) toastSuccess(typeof success === 'function' ? success(out) : success);
      return out;
    } catch (e) {
      if (!(e instanceof CallError && e.code === NETWORK)) unsettled.current = null;
      const refusal = refusalOf(e);
      if (options.onRefused) options.onRefused(e);
      else toastFail(refusal.message);
      if (Object.keys(refusal.fields).length) options.onFields?.(refusal.fields);
      if (refusal.stale) (options.onStale ?? reloadPage)();
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  return { run, busy };
}

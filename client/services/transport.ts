// What both transports share: the payload, the envelope, requestIds and one retry after a network failure.
import type { ActionInput, ActionName, ActionOutput, CallPayload } from '@shared/contract';
import { ERROR_MESSAGES, type Envelope } from '@shared/errors';
import { CallError, networkError } from './callError';
import { newRequestId } from './requestId';

export interface CallOptions {
  /** The idempotency key of this user intent; reuse it when retrying the same intent. */
  requestId?: string;
}

export type Call = <A extends ActionName>(
  action: A,
  data: ActionInput<A>,
  opts?: CallOptions,
) => Promise<ActionOutput<A>>;

/** Sends one payload and resolves with the function's envelope; rejects when the network fails. */
export type Send = (payload: CallPayload) => Promise<unknown>;

const RETRY_DELAY_MS = 600;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function unwrap<T>(answer: unknown): T {
  if (!isEnvelope(answer)) throw new CallError('INTERNAL', ERROR_MESSAGES.INTERNAL);
  if (answer.ok) return answer.data as T;
  const { code, message, details } = answer.error;
  throw new CallError(code, message || ERROR_MESSAGES[code] || ERROR_MESSAGES.INTERNAL, details);
}

export function createCall(send: Send): Call {
  return async (action, data, opts = {}) => {
    // Every call carries a requestId: state changes need it to be applied once, reads ignore it. Deciding here
    // which actions change state would pull the whole action table, schemas and all, into the main package.
    const payload: CallPayload = { action, data, requestId: opts.requestId ?? newRequestId() };
    let answer: unknown;
    try {
      answer = await send(payload);
    } catch {
      // The same payload (same requestId) again: the function answers a repeat with its first answer.
      await sleep(RETRY_DELAY_MS);
      answer = await send(payload).catch(() => {
        throw networkError();
      });
    }
    return unwrap(answer);
  };
}

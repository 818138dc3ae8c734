import type { ErrorCode, FieldError } from '@shared/errors';

/** The transport could not reach the function or read its answer. */
export const NETWORK = 'NETWORK';
export type CallErrorCode = ErrorCode | typeof NETWORK;

/** A refused call (`{ ok: false }`) or a network failure; `message` is Chinese and meant for the user. */
export class CallError extends Error {
  readonly code: CallErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: CallErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'CallError';
    this.code = code;
    this.details = details;
  }

  /** INVALID_INPUT details: the failing fields. */
  get fields(): FieldError[] {
    const fields = this.details?.fields;
    return Array.isArray(fields) ? (fields as FieldError[]) : [];
  }
}

export const networkError = () => new CallError(NETWORK, '网络异常，请检查网络后重试');

// The one error policy of the client: what a refused or failed call does on the page. Every action
// goes through it (hooks/useAction), so a refusal reads and behaves the same on every page.
import { ERROR_MESSAGES, type ErrorCode } from '@shared/errors';
import { CallError } from './callError';
import { toFieldErrors, type FieldErrors } from '../utils/fieldErrors';

/**
 * Codes that mean "what the page shows is out of date": the record moved on (another tap, another
 * person, a job), is gone, left the caller's hands, or a deadline or the last place passed meanwhile. The page loads its data
 * again so the user sees what is true now, and the toast says why the tap did not work.
 */
const STALE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'INVALID_STATE',
  'NOT_FOUND',
  'FORBIDDEN',
  'ALREADY_CHECKED_IN',
  'DEADLINE_PASSED',
  'SLOT_FULL',
]);

/** The Chinese sentence for a failed call: the function's own, or 系统繁忙 for anything unexpected. */
export function errorMessage(e: unknown): string {
  return e instanceof CallError ? e.message : ERROR_MESSAGES.INTERNAL;
}

export interface Refusal {
  /** The Chinese sentence for the toast. */
  message: string;
  /** INVALID_INPUT: the failing fields by dotted path (empty otherwise). */
  fields: FieldErrors;
  /** The page's data is out of date: load it again. */
  stale: boolean;
}

export function refusalOf(e: unknown): Refusal {
  const refused = e instanceof CallError ? e : null;
  return {
    message: errorMessage(e),
    fields: refused?.code === 'INVALID_INPUT' ? toFieldErrors(refused.fields) : {},
    stale: refused !== null && refused.code !== 'NETWORK' && STALE.has(refused.code),
  };
}

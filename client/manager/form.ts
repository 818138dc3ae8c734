// Form helpers of the manager pages: numbers typed as text, and field errors keyed by path.
import type { FieldError } from '@shared/errors';

/** Field errors by dotted path, e.g. `policy.noShow.limit`. */
export type FieldErrors = Record<string, string | undefined>;

/** A typed number, or undefined for an empty field (a required one then fails its schema with 必填). */
export const toNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

/** The first message per path; the server's paths start with `data.`, the client's do not. */
export function toFieldErrors(fields: FieldError[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const f of fields) {
    const path = f.path.replace(/^data\./, '');
    errors[path] ??= f.message;
  }
  return errors;
}

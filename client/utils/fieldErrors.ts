// Field errors of forms, keyed by path, from a schema check on the client or an INVALID_INPUT answer.
import type { FieldError } from '@shared/errors';

/** Field errors by dotted path, e.g. `policy.noShow.limit`. */
export type FieldErrors = Record<string, string | undefined>;

/** The first message per path; the server's paths start with `data.`, the client's do not. */
export function toFieldErrors(fields: FieldError[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const f of fields) {
    const path = f.path.replace(/^data\./, '');
    errors[path] ??= f.message;
  }
  return errors;
}

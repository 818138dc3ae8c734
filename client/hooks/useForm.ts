import { useState } from 'react';
import type { z } from 'zod';
import { parseInput } from '@shared/contract/zh';
import type { ActionInput, ActionOutput, MutatingAction } from '@shared/contract';
import { toFieldErrors, type FieldErrors } from '../utils/fieldErrors';
import { useAction, type ActionOptions } from './useAction';

interface FormOptions<V, A extends MutatingAction> {
  initial: V;
  /** The action's input built from the form's values (the form may hold text where the input wants numbers). */
  toInput: (values: V) => unknown;
  /** The schema the function checks the input with: checked on the phone first, with the same messages. */
  schema?: z.ZodType<ActionInput<A>, z.ZodTypeDef, unknown>;
  success?: ActionOptions<A>['success'];
  /** After a successful submit, with the answer. */
  onDone?: (out: ActionOutput<A>, values: V) => void;
}

/** The first error at `path` or under it (`policy` finds `policy.noShow.limit`). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const under = Object.keys(errors).find((p) => p.startsWith(`${path}.`) && errors[p]);
  return under && errors[under];
}

/**
 * A form that submits one action: its values, the field errors (from the schema on the phone, or from the
 * function's INVALID_INPUT answer), and submit. A submit repeated after a network failure, with the same
 * values, reuses its requestId (hooks/useAction), so the function applies it once.
 */
export function useForm<V extends object, A extends MutatingAction>(action: A, options: FormOptions<V, A>) {
  const [values, setValues] = useState<V>(options.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const runner = useAction(action, { success: options.success, onFields: setErrors });

  /** Sets one value and clears the errors shown at it and under it. */
  const set = <K extends keyof V & string>(key: K, value: V[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => {
      const rest = { ...e };
      for (const p of Object.keys(rest)) if (p === key || p.startsWith(`${key}.`)) delete rest[p];
      return rest;
    });
  };

  const submit = async (): Promise<ActionOutput<A> | undefined> => {
    const input = options.toInput(values);
    let data = input as ActionInput<A>;
    if (options.schema) {
      const parsed = parseInput(options.schema, input);
      if (!parsed.ok) {
        // Marked at the fields only: a toast would cover the form for its seconds, while the user corrects it.
        setErrors(toFieldErrors(parsed.fields));
        return undefined;
      }
      data = parsed.data;
    }
    setErrors({});
    const out = await runner.run(data);
    if (out !== undefined) options.onDone?.(out, values);
    return out;
  };

  return {
    values,
    set,
    /** Replaces several values at once (a preset, a loaded record). */
    patch: (next: Partial<V>) => setValues((v) => ({ ...v, ...next })),
    errors,
    error: (path: string) => errorAt(errors, path),
    submit,
    busy: runner.busy,
  };
}

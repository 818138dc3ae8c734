// What both subscribe services share. Each "允许" a user gives in the subscribe popup allows exactly one
// message of that template, and WeChat shows the popup only when it is asked for directly in a tap. So
// the template ids must be known before the tap (loadTemplates, when a page that asks is shown); a tap
// asks at once for what its action will need, and the answers go to notify.subscribed, which counts them.
import type { TemplateKind, TemplateView } from '@shared/contract';
import { call } from './cloud';

/** WeChat takes at most three template ids per request. */
export const MAX_TEMPLATES_PER_ASK = 3;
/** How long a caller waits for the answers to be counted once the user has answered. */
const RECORD_WAIT_MS = 3_000;
/** How long a caller waits for the user's answer at most; the answer is still counted when it comes later. */
const ANSWER_WAIT_MS = 30_000;

/** The user's answer per template id: `accept`, `reject`, `ban` or `filter`. */
export type SubscribeResults = Record<string, string>;

export interface AskOutcome {
  results: SubscribeResults;
  /** The templates with the credits after counting the answers; null when that call failed or was slow. */
  templates: TemplateView[] | null;
}

/** Shows the platform's popup for these template ids; must call the platform at once (not after an await). */
export type RequestSubscribe = (tmplIds: string[]) => Promise<SubscribeResults>;

let known: TemplateView[] | null = null;
let loading: Promise<TemplateView[] | null> | null = null;

const keep = (templates: TemplateView[]) => {
  known = templates;
  return templates;
};

/** The templates, loaded once per app session; null while unknown (a failure is retried by the next call). Never rejects. */
export function loadTemplates(): Promise<TemplateView[] | null> {
  if (known) return Promise.resolve(known);
  loading ??= call('notify.templates', {}).then(keep, () => {
    loading = null;
    return null;
  });
  return loading;
}

/** The templates with the caller's credits as they are now. */
export const refreshTemplates = (): Promise<TemplateView[]> => call('notify.templates', {}).then(keep);

/** The template ids of `kinds` that are known, without repeats, at most three. */
export function templateIdsFor(kinds: TemplateKind[]): string[] {
  const ids = kinds.flatMap((kind) => known?.find((t) => t.kind === kind)?.templateId ?? []);
  return [...new Set(ids)].slice(0, MAX_TEMPLATES_PER_ASK);
}

/** `promise`, or `fallback` after `ms`. */
function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

/**
 * Asks for `kinds` through `request`, synchronously: nothing is awaited before the platform is called.
 * Resolves once the answers are counted (or after a short wait for that), null when nothing was asked or
 * the popup failed; never rejects. Awaiting it before the action makes the accepts count for the
 * message the action itself sends (the function checks credits when it writes the notice).
 */
export function ask(kinds: TemplateKind[], request: RequestSubscribe): Promise<AskOutcome | null> {
  // Not loaded yet: the action goes ahead without asking.
  const ids = templateIdsFor(kinds);
  if (!ids.length) return Promise.resolve(null);
  let answered: Promise<SubscribeResults>;
  try {
    answered = request(ids);
  } catch {
    return Promise.resolve(null);
  }
  const picked = answered.then(
    (res) =>
      Object.fromEntries(ids.flatMap((id) => (typeof res[id] === 'string' ? [[id, res[id]]] : []))) as SubscribeResults,
    () => null,
  );
  const counted = picked.then(async (results): Promise<AskOutcome | null> => {
    if (!results) return null;
    const templates = await call('notify.subscribed', { results }).then(keep, () => null);
    return { results, templates };
  });
  const outcome = picked.then((results) =>
    results ? within(counted, RECORD_WAIT_MS, { results, templates: null }) : null,
  );
  return within(outcome, ANSWER_WAIT_MS, null);
}

// H5 (local cloud): there is no WeChat popup, so the demo user taps 允许 for every template asked: the
// answers go to the local cloud's WeChat side (POST /__dev/subscribe), as WeChat's servers would keep them.
import type { TemplateKind } from '@shared/contract';
import { demoUser } from './demoUser';
import { ask, type AskOutcome, type SubscribeResults } from './subscribe.common';

export { loadTemplates, refreshTemplates, type AskOutcome } from './subscribe.common';

async function allowAll(tmplIds: string[]): Promise<SubscribeResults> {
  const openid = demoUser.get();
  if (!openid) throw new Error('not signed in');
  const results: SubscribeResults = Object.fromEntries(tmplIds.map((id) => [id, 'accept']));
  const res = await fetch('/__dev/subscribe', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Wx-Openid': openid },
    body: JSON.stringify({ results }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return results;
}

export const askToSubscribe = (kinds: TemplateKind[]): Promise<AskOutcome | null> => ask(kinds, allowAll);

// H5 transport: the local cloud's HTTP function host; the caller is the signed-in demo user.
import { demoUser } from './demoUser';
import { createCall } from './transport';

export { CallError } from './callError';

export const call = createCall(async (payload) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const openid = demoUser.get();
  if (openid) headers['X-Wx-Openid'] = openid;
  const res = await fetch('/api/call/api', { method: 'POST', headers, body: JSON.stringify(payload) });
  const body = (await res.json()) as { result?: unknown };
  if (!('result' in body)) throw new Error(`HTTP ${res.status}`);
  return body.result;
});

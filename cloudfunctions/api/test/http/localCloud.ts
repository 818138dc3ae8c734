// Function tests go through the local cloud over HTTP: the built bundle in warm instances, the real
// SDK, the caller in X-Wx-Openid, exactly as the H5 client calls it.
import { startLocalCloud, type LocalCloud } from '../../../../emulator/localCloud';
import { seedUsers } from '../harness';
import { rid } from '../harness';
import type { ActionInput, ActionName } from '@shared/contract';
import type { Envelope } from '@shared/errors';

export interface HttpCloud {
  cloud: LocalCloud;
  call<T = unknown, A extends ActionName = ActionName>(
    openid: string | null,
    action: A,
    data?: ActionInput<A>,
    requestId?: string | null,
  ): Promise<Envelope<T>>;
  /** A payload the contract refuses (an unknown action, a bad input): what the function answers. */
  callRaw(openid: string | null, action: string, data?: unknown, requestId?: string | null): Promise<Envelope<unknown>>;
  post(path: string, body: unknown): Promise<Response>;
  close(): Promise<void>;
}

export async function startHttpCloud(users: { openid: string; roles: unknown[] }[] = []): Promise<HttpCloud> {
  const cloud = await startLocalCloud({ dataDir: ':memory:', seed: 'none', instances: 4 });
  if (users.length) await seedUsers(cloud.store, users);
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(cloud.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const callRaw = async (openid: string | null, action: string, data?: unknown, requestId?: string | null) => {
    const body: Record<string, unknown> = { action, data };
    if (requestId !== null) body.requestId = requestId ?? rid();
    const res = await post('/api/call/api', body, openid ? { 'x-wx-openid': openid } : {});
    if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { result: Envelope<never> }).result;
  };
  return {
    cloud,
    post,
    call: callRaw,
    callRaw,
    close: () => cloud.close(),
  };
}

// Service-test harness: the real wx-server-sdk, in this process, against an in-memory local store
// (the local cloud's API endpoint on loopback), with a clock the test sets. No function instances.
import { randomBytes } from 'crypto';
import { startSdkEndpoint } from '../../../emulator/testing/sdkEndpoint';
import { createEntryTokens } from '../src/lib/entryToken';
import { createPii } from '../src/lib/pii';
import { route } from '../src/router';
import type { Db, Deps } from '../src/deps';
import type { Envelope } from '@shared/errors';
import type { Store } from '../../../emulator/store';
import type { Faults } from '../../../emulator/cloudApi/faults';
import type { SubscriptionLedger } from '../../../emulator/cloudApi/subscriptions';
import type { Outbox } from '../../../emulator/cloudApi';
import { runJobs } from '../src/jobs';
import { isPayNotification, onPayNotification } from '../src/modules/order/notification';
import type { WechatPay } from '../../../emulator/cloudApi/pay';
import { LOCAL_ENV, LOCAL_SUB_MCH_ID } from '../../../emulator/runtimeEnv';
import { TEMPLATE_KINDS, type ActionInput, type ActionName } from '@shared/contract';

export interface Harness {
  deps: Deps;
  store: Store;
  faults: Faults;
  /** WeChat Pay's side: trades, refunds, the visitor paying (`pay.pay`), notifications delivered in-process. */
  pay: WechatPay;
  /** WeChat's side of subscribe messages: the users' accepts, and the messages sent. */
  subscriptions: SubscriptionLedger;
  outbox: Outbox;
  /** Runs the timer jobs until none reports work. */
  tick(): Promise<void>;
  /** Sets the instant the services see. */
  setNow(iso: string): void;
  call<T = unknown, A extends ActionName = ActionName>(
    openid: string | null,
    action: A,
    data?: ActionInput<A>,
    requestId?: string,
  ): Promise<Envelope<T>>;
  /** A payload the contract refuses (an unknown action, a bad input): what the router answers. */
  callRaw(openid: string | null, action: string, data?: unknown, requestId?: string): Promise<Envelope<unknown>>;
  close(): Promise<void>;
}

let seq = 0;
export const rid = () => `test-${process.pid}-${++seq}-${randomBytes(4).toString('hex')}`;

export async function startHarness(
  initialNow = '2026-12-01T08:00:00+08:00',
  config: Pick<Deps, 'setupCode'> = {},
): Promise<Harness> {
  let now = Date.parse(initialNow);
  const { store, api, cloud, close } = await startSdkEndpoint(() => now);
  const deps: Deps = {
    db: cloud.database({ throwOnNotFound: false }) as Db,
    clock: () => now,
    pii: createPii(randomBytes(32).toString('base64')),
    tokens: createEntryTokens(randomBytes(32).toString('base64')),
    log: { error: () => undefined, info: () => undefined },
    openapi: cloud.openapi,
    pay: cloud.cloudPay,
    merchant: { subMchId: LOCAL_SUB_MCH_ID, envId: LOCAL_ENV, functionName: 'api' },
    templates: Object.fromEntries(TEMPLATE_KINDS.map((k) => [k, `tmpl-${k}`])),
    ...config,
  };
  // WeChat Pay notifies the function: here the same dispatch as main.ts, in this process.
  api.pay.callbacks.connect(async (_target, event) => ({
    ok: true,
    result: isPayNotification(event)
      ? await onPayNotification(deps, event)
      : { errcode: 1, errmsg: 'not a notification' },
  }));
  return {
    deps,
    store,
    faults: api.faults,
    pay: api.pay,
    subscriptions: api.subscriptions,
    outbox: api.outbox,
    async tick() {
      // As the local cloud's /__dev/tick: WeChat Pay delivers again what was not acknowledged, then the jobs.
      for (let i = 0; i < 50; i++) {
        await api.pay.callbacks.redeliver();
        if (!(await runJobs(deps)).more) break;
      }
    },
    setNow: (iso) => {
      now = Date.parse(iso);
    },
    call: (openid, action, data, requestId) =>
      route(deps, openid, { action, data, requestId: requestId ?? rid() }) as Promise<Envelope<never>>,
    callRaw: (openid, action, data, requestId) => route(deps, openid, { action, data, requestId: requestId ?? rid() }),
    close,
  };
}

/** Grants roles directly in the store (there is no one to grant the first admin). */
export async function seedUsers(store: Store, users: { openid: string; roles: unknown[] }[]): Promise<void> {
  await store.insert(
    'users',
    users.map((u) => ({ _id: u.openid, roles: u.roles, createdAt: 0 })),
  );
}

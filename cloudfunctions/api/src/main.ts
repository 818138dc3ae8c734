// The deployed entry. One function serves every client action and the timer; which one a call is
// comes from the trusted context WeChat sets (OPENID for client calls), never from the payload alone.
import * as cloud from 'wx-server-sdk';
import { systemClock } from '@shared/time';
import type { Envelope } from '@shared/errors';
import { consoleLogger, type Db, type Deps, type Merchant, type OpenApi } from './deps';
import type { CloudPay } from './lib/cloudPay';
import { templateIds } from './modules/message/templates';
import { runJobs, type JobsReport } from './jobs';
import { createEntryTokens } from './lib/entryToken';
import { createPii } from './lib/pii';
import { route } from './router';
import { isPayNotification, onPayNotification, type NotificationAnswer } from './modules/order/notification';

// DYNAMIC_CURRENT_ENV: the environment the function is deployed in (the SDK's typings miss the symbol).
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

let deps: Deps | undefined;

/** Built on first use, so a missing key is reported by the call that needs it (and logged). */
function getDeps(): Deps {
  deps ??= {
    // throwOnNotFound: false makes doc(id).get() answer { data: null } for a missing document.
    db: cloud.database({ throwOnNotFound: false } as Parameters<typeof cloud.database>[0]) as unknown as Db,
    clock: systemClock,
    pii: createPii(process.env.PII_KEY),
    tokens: createEntryTokens(process.env.CHECKIN_KEY),
    log: consoleLogger,
    openapi: cloud.openapi as unknown as OpenApi,
    // The SDK's typings miss cloudPay (a service it registers at run time).
    pay: (cloud as unknown as { cloudPay: CloudPay }).cloudPay,
    merchant: merchantOf(process.env),
    templates: templateIds(process.env),
    setupCode: process.env.SETUP_CODE || undefined,
  };
  return deps;
}

/** The venue's merchant (PAY_SUB_MCH_ID); WeChat Pay notifies this function in this environment. */
function merchantOf(env: NodeJS.ProcessEnv): Merchant | undefined {
  const subMchId = env.PAY_SUB_MCH_ID;
  if (!subMchId) return undefined;
  return { subMchId, envId: env.TCB_ENV ?? env.SCF_NAMESPACE ?? '', functionName: env.SCF_FUNCTIONNAME ?? 'api' };
}

interface TimerEvent {
  Type?: string;
  TriggerName?: string;
}

const CLIENT_SOURCES = new Set(['wx_client', 'wx_devtools', 'wx_http']);

export async function main(event: unknown): Promise<Envelope<unknown> | JobsReport | NotificationAnswer> {
  const context = cloud.getWXContext();
  const openid = typeof context.OPENID === 'string' && context.OPENID ? context.OPENID : null;
  const timer = event as TimerEvent | null;
  const trusted = !openid && !CLIENT_SOURCES.has(String(context.SOURCE ?? ''));
  if (trusted && timer?.Type === 'Timer') return runJobs(getDeps());
  // A client cannot pose as WeChat Pay: its calls carry OPENID or a client source, and a notification is
  // only ever read as a pointer to the trade, which is then asked (modules/order/notification.ts).
  if (trusted && isPayNotification(event)) return onPayNotification(getDeps(), event);
  return route(getDeps(), openid, event);
}

// What every service receives: the database, the clock and the personal-data keys. Services never
// reach for globals, so service tests run them against a local store with a fixed clock.
import type { TemplateKind } from '@shared/contract';
import type { Clock } from '@shared/time';
import type { CloudPay } from './lib/cloudPay';
import type { EntryTokens } from './lib/entryToken';
import type { Pii } from './lib/pii';

import type { Database } from './db/types';

export type Db = Database;

export interface Logger {
  error(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
}

/** A subscribe message as `cloud.openapi.subscribeMessage.send` takes it. */
export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
  miniprogramState?: 'developer' | 'trial' | 'formal';
}

/** The slice of `cloud.openapi` the function uses; it rejects with `{ errCode, errMsg }` as WeChat answers. */
export interface OpenApi {
  subscribeMessage: { send(message: SubscribeMessage): Promise<unknown> };
}

/** PAY_SUB_MCH_ID, and this function's environment and name (WeChat Pay notifies them). */
export interface Merchant {
  subMchId: string;
  envId: string;
  functionName: string;
}

export interface Deps {
  db: Db;
  clock: Clock;
  pii: Pii;
  tokens: EntryTokens;
  log: Logger;
  openapi: OpenApi;
  /** WeChat Pay (cloud pay): trades, refunds; its notifications arrive as invocations of their own. */
  pay: CloudPay;
  /** The venue's merchant at WeChat Pay and where its notifications go; unset: nothing can be paid. */
  merchant?: Merchant;
  /** Subscribe-message template ids by kind (configuration); a kind without one stays in-app. */
  templates: Partial<Record<TemplateKind, string>>;
  /** SETUP_CODE: whoever enters it first becomes the first admin (setup.claim). Unset: no claim. */
  setupCode?: string;
}

export const consoleLogger: Logger = {
  error: (message, meta) => console.error(JSON.stringify({ level: 'error', message, ...meta })),
  info: (message, meta) => console.log(JSON.stringify({ level: 'info', message, ...meta })),
};

// What every service receives: the database, the clock and the personal-data keys. Services never
// reach for globals, so service tests run them against a local store with a fixed clock.
import type { Clock } from '@shared/time';
import type { EntryTokens } from './lib/entryToken';
import type { Pii } from './lib/pii';

import type { Database } from './db/types';

export type Db = Database;

export interface Logger {
  error(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
}

export interface Deps {
  db: Db;
  clock: Clock;
  pii: Pii;
  tokens: EntryTokens;
  log: Logger;
}

export const consoleLogger: Logger = {
  error: (message, meta) => console.error(JSON.stringify({ level: 'error', message, ...meta })),
  info: (message, meta) => console.log(JSON.stringify({ level: 'info', message, ...meta })),
};

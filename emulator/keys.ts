// The function's PII_KEY, as the cloud console would hold it: generated once per data directory
// and kept there (owner-only), or fresh per process for an in-memory store.
import { randomBytes } from 'crypto';
import fs from 'fs';
import path from 'path';

export function functionKey(dataDir: string): string {
  if (process.env.PII_KEY) return process.env.PII_KEY;
  if (dataDir === ':memory:') return randomBytes(32).toString('base64');
  const file = path.join(dataDir, 'function-keys.json');
  if (fs.existsSync(file)) return (JSON.parse(fs.readFileSync(file, 'utf8')) as { PII_KEY: string }).PII_KEY;
  fs.mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64');
  fs.writeFileSync(file, JSON.stringify({ PII_KEY: key }, null, 2), { mode: 0o600 });
  return key;
}

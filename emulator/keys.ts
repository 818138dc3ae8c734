// The function's secrets, as the cloud console would hold them: PII_KEY (personal data),
// CHECKIN_KEY (entry codes) and SETUP_CODE (the first admin's claim, typed by a person: short, no
// look-alike characters). Generated once per data directory and kept there (owner-only), or fresh
// per process for an in-memory store. A value in the environment wins.
import { randomBytes } from 'crypto';
import fs from 'fs';
import path from 'path';

const NAMES = ['PII_KEY', 'CHECKIN_KEY', 'SETUP_CODE'] as const;
type Keys = Record<(typeof NAMES)[number], string>;

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const fresh = (name: (typeof NAMES)[number]) =>
  name === 'SETUP_CODE'
    ? Array.from(randomBytes(10), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('')
    : randomBytes(32).toString('base64');

export function functionKeys(dataDir: string): Keys {
  const file = dataDir === ':memory:' ? null : path.join(dataDir, 'function-keys.json');
  const stored: Partial<Keys> = file && fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const keys = Object.fromEntries(NAMES.map((n) => [n, process.env[n] ?? stored[n] ?? fresh(n)])) as Keys;
  if (file && NAMES.some((n) => !stored[n])) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(
      file,
      JSON.stringify({ ...stored, ...Object.fromEntries(NAMES.map((n) => [n, stored[n] ?? keys[n]])) }, null, 2),
      { mode: 0o600 },
    );
  }
  return keys;
}

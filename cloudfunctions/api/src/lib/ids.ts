import { createHash, randomBytes } from 'crypto';

/** A random id in WeChat's style (32 hex characters). */
export function newId(): string {
  return randomBytes(16).toString('hex');
}

/** A deterministic id from parts, so a retried step writes the same document, not a second one. */
export function derivedId(prefix: string, ...parts: string[]): string {
  return prefix + createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 30);
}

// Personal data at rest: AES-256-GCM for values we must show again (masked) or use (phone), and an
// HMAC for lookups and uniqueness (the same ID number gives the same hash across accounts).
// Both keys derive from one 32-byte master key in the function's environment (PII_KEY, base64 or hex),
// so rotating it is one setting; ciphertexts carry a version prefix for a later rotation scheme.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'crypto';

export interface Pii {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** Stable keyed hash, hex; namespace keeps hashes of different kinds of value apart. */
  hash(namespace: string, value: string): string;
  /**
   * A reference to a value that names it in a later call without showing it (a person's OpenID):
   * deterministic (the same person is the same reference everywhere), and only the function can
   * read it back. `openRef` answers null for anything it did not make.
   */
  sealRef(plain: string): string;
  openRef(ref: string): string | null;
}

function parseMasterKey(raw: string | undefined): Buffer {
  if (!raw) throw new Error('PII_KEY is not set in the function environment');
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new Error('PII_KEY must be 32 bytes (64 hex characters or base64)');
  return key;
}

export function createPii(masterKey: string | undefined): Pii {
  const master = parseMasterKey(masterKey);
  const encKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'pii-encryption-v1', 32));
  const macKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'pii-lookup-v1', 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return 'v1:' + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    decrypt(sealed) {
      if (!sealed.startsWith('v1:')) throw new Error('unknown ciphertext version');
      const raw = Buffer.from(sealed.slice(3), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    hash(namespace, value) {
      return createHmac('sha256', macKey).update(namespace).update('\0').update(value).digest('hex');
    },
    sealRef(plain) {
      // Synthetic IV: a keyed hash of the value, so equal values give equal references.
      const iv = createHmac('sha256', macKey).update('ref\0').update(plain).digest().subarray(0, 12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return 'r1' + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    openRef(ref) {
      if (!ref.startsWith('r1')) return null;
      const raw = Buffer.from(ref.slice(2), 'base64url');
      if (raw.length < 29) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}

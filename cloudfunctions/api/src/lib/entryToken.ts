// Entry codes: `v1.<bookingId>.<window>.<mac>`, where window counts 30-second steps and mac is an
// HMAC-SHA256 (128 bits kept) of the rest under CHECKIN_KEY. A new code every 30 s; the previous one
// is still accepted for one more step, so a code lives 30–60 s and a screenshot passed on stops
// working. About 70 characters: a phone camera reads the QR at once.
import { createHmac, timingSafeEqual } from 'crypto';

export const STEP_MS = 30_000;

export type TokenCheck = { ok: true; bookingId: string } | { ok: false; code: 'TOKEN_INVALID' | 'TOKEN_EXPIRED' };

export interface EntryTokens {
  issue(bookingId: string, now: number): { token: string; refreshAt: number; expiresAt: number };
  check(token: string, now: number): TokenCheck;
}

export function createEntryTokens(rawKey: string | undefined): EntryTokens {
  if (!rawKey) throw new Error('CHECKIN_KEY is not set in the function environment');
  const key = Buffer.from(rawKey, /^[0-9a-f]{64}$/i.test(rawKey) ? 'hex' : 'base64');
  if (key.length < 32) throw new Error('CHECKIN_KEY must be at least 32 bytes');
  const mac = (body: string) => createHmac('sha256', key).update(body).digest().subarray(0, 16).toString('base64url');
  return {
    issue(bookingId, now) {
      const step = Math.floor(now / STEP_MS);
      const body = `v1.${bookingId}.${step.toString(36)}`;
      return { token: `${body}.${mac(body)}`, refreshAt: (step + 1) * STEP_MS, expiresAt: (step + 2) * STEP_MS };
    },
    check(token, now) {
      const parts = token.split('.');
      if (
        parts.length !== 4 ||
        parts[0] !== 'v1' ||
        !/^[A-Za-z0-9]{1,64}$/.test(parts[1]) ||
        !/^[0-9a-z]{1,12}$/.test(parts[2])
      ) {
        return { ok: false, code: 'TOKEN_INVALID' };
      }
      const expected = Buffer.from(mac(parts.slice(0, 3).join('.')));
      const given = Buffer.from(parts[3]);
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        return { ok: false, code: 'TOKEN_INVALID' };
      const step = parseInt(parts[2], 36);
      const current = Math.floor(now / STEP_MS);
      if (step > current + 1) return { ok: false, code: 'TOKEN_INVALID' }; // from the future: not ours
      if (step < current - 1) return { ok: false, code: 'TOKEN_EXPIRED' };
      return { ok: true, bookingId: parts[1] };
    },
  };
}

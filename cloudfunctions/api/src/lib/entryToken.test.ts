import { randomBytes } from 'crypto';
import { createEntryTokens, STEP_MS } from './entryToken';

const tokens = createEntryTokens(randomBytes(32).toString('base64'));
const t0 = Date.parse('2026-12-03T09:40:00+08:00');

test('a fresh code names its booking and fits a quick QR (≤ 200 characters)', () => {
  const { token, refreshAt, expiresAt } = tokens.issue('b1234567890abcdef1234567890abcd', t0);
  expect(token.length).toBeLessThanOrEqual(200);
  expect(tokens.check(token, t0)).toEqual({ ok: true, bookingId: 'b1234567890abcdef1234567890abcd' });
  expect(refreshAt - t0).toBeLessThanOrEqual(STEP_MS);
  expect(expiresAt - refreshAt).toBe(STEP_MS);
});

test('the previous code is still accepted for one step, older ones are expired', () => {
  const { token, expiresAt } = tokens.issue('bA', t0);
  expect(tokens.check(token, expiresAt - 1)).toMatchObject({ ok: true });
  expect(tokens.check(token, expiresAt)).toEqual({ ok: false, code: 'TOKEN_EXPIRED' });
  expect(tokens.check(token, t0 + 10 * 60_000)).toEqual({ ok: false, code: 'TOKEN_EXPIRED' });
});

test('forged, altered, truncated and foreign codes are invalid', () => {
  const { token } = tokens.issue('bA', t0);
  const [v, id, step, mac] = token.split('.');
  const other = createEntryTokens(randomBytes(32).toString('base64')).issue('bA', t0).token;
  for (const bad of [
    `${v}.bB.${step}.${mac}`, // booking A's code made to name booking B
    `${v}.${id}.${(parseInt(step, 36) + 5).toString(36)}.${mac}`, // moved in time
    `${v}.${id}.${step}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`, // one character of the mac
    token.slice(0, -3), // truncated
    other, // signed with another key
    'hello',
    '',
    `${token}.extra`,
  ]) {
    expect(tokens.check(bad, t0)).toEqual({ ok: false, code: 'TOKEN_INVALID' });
  }
});

test('a code from the future is invalid, not early', () => {
  const { token } = tokens.issue('bA', t0 + 5 * STEP_MS);
  expect(tokens.check(token, t0)).toEqual({ ok: false, code: 'TOKEN_INVALID' });
});

// Money is integer fen (分) everywhere: stored, sent, summed and compared. A float never holds money
// (0.1 + 0.2 !== 0.3), so a yuan amount a manager types is parsed as a string, digit by digit, and shown
// by integer division, never by multiplying or dividing by 100 in floating point.
import { z } from 'zod';

/** An amount of money in fen (1 yuan = 100 fen): a safe, non-negative integer. */
export type Fen = number;

/** The dearest ticket a resource may sell: ¥10,000. */
export const MAX_FEN: Fen = 1_000_000;

/** A price or amount as the contracts take it (a missing or non-number one: the contracts' 必填 / 格式不正确). */
export const fen = z.number().int('金额须精确到分').min(0, '金额不能为负').max(MAX_FEN, '金额不能超过10000元');

/** `40`, `40.50`: whole yuan without decimals, otherwise both decimals (the typed form of an amount). */
export function yuanAmount(amount: Fen): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const cents = abs % 100;
  const whole = (abs - cents) / 100;
  return cents === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(cents).padStart(2, '0')}`;
}

/** `¥40`, `¥40.50` (a net amount below zero: `-¥5`). */
export const yuan = (amount: Fen): string => (amount < 0 ? `-¥${yuanAmount(-amount)}` : `¥${yuanAmount(amount)}`);

/** Yuan as typed: whole yuan (at most 9 digits, so the fen stay exact) and at most two decimals. */
const YUAN_TEXT = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

/**
 * The fen of a typed yuan amount (`40`, `40.5`, `40.50`, spaces around allowed); null when the text is not
 * one (empty, negative, a third decimal, an exponent, a sign, full-width digits). Bounds are the `fen`
 * schema's to check, so its message names them.
 */
export function parseYuan(text: string): Fen | null {
  const m = YUAN_TEXT.exec(text.trim());
  if (!m) return null;
  const [, whole, decimals = ''] = m;
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

/** The sum of amounts; a non-integer among them is a bug upstream, refused rather than summed. */
export function sumFen(amounts: readonly Fen[]): Fen {
  let total = 0;
  for (const a of amounts) {
    if (!Number.isSafeInteger(a)) throw new RangeError(`not an amount in fen: ${a}`);
    total += a;
  }
  if (!Number.isSafeInteger(total)) throw new RangeError(`sum out of range: ${total}`);
  return total;
}

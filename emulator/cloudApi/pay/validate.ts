// The field checks WeChat Pay makes before any business step: a request that fails one is answered
// result_code FAIL, err_code PARAM_ERROR, with err_code_des naming the field (as WeChat's
// 「参数错误:…」 answers do). Names are the snake_case ones WeChat receives.
import { isIP } from 'node:net';
import { parsePayTime, refused, type Answer, type Params } from './wire';

export type FieldKind = 'text' | 'fen' | 'ip' | 'time';

export interface FieldRule {
  name: string;
  kind: FieldKind;
  required?: boolean;
  /** Longest text (WeChat's String(n)). */
  max?: number;
  /** Characters a text may use (order numbers). */
  pattern?: RegExp;
}

/** out_trade_no: numbers, letters, `_` and `-` (unifiedOrder's rule). */
export const TRADE_NO = /^[A-Za-z0-9_-]+$/;
/** out_refund_no: also `|`, `*` and `@`. */
export const REFUND_NO = /^[A-Za-z0-9_\-|*@]+$/;

function problem(value: unknown, rule: FieldRule): string | null {
  if (value === undefined || value === null || value === '') return rule.required ? `缺少参数${rule.name}` : null;
  if (rule.kind === 'fen') {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
      ? null
      : `参数错误:${rule.name}必须是以分为单位的正整数`;
  }
  if (typeof value !== 'string') return `参数错误:${rule.name}必须是字符串`;
  if (rule.max !== undefined && value.length > rule.max) return `参数错误:${rule.name}长度不能超过${rule.max}`;
  if (rule.pattern && !rule.pattern.test(value)) return `参数错误:${rule.name}含有不允许的字符`;
  if (rule.kind === 'ip' && !isIP(value)) return `参数错误:${rule.name}不是IP地址`;
  if (rule.kind === 'time' && parsePayTime(value) === null) return `参数错误:${rule.name}格式应为yyyyMMddHHmmss`;
  return null;
}

/** The PARAM_ERROR answer for the first field that breaks its rule, or null when all pass. */
export function invalidParams(params: Params, rules: FieldRule[]): Answer | null {
  for (const rule of rules) {
    const found = problem(params[rule.name], rule);
    if (found) return refused(params, 'PARAM_ERROR', found);
  }
  return null;
}

/** Either of two fields names the order (transaction_id or out_trade_no). */
export const neitherGiven = (params: Params, a: string, b: string): Answer | null =>
  params[a] || params[b] ? null : refused(params, 'PARAM_ERROR', `缺少参数:${a}和${b}至少填一个`);

// WeChat subscribe-message field values (订阅消息参数值内容限制). A field's type is the letters of
// its key (thing1 → thing). WeChat refuses a whole message (47003) when one value breaks its type's rule,
// so values are fitted before sending: long text is shortened at a character boundary with "…", never
// mid-character (an emoji, a flag or a ZWJ family stays whole) and never over the limit.
import { fullDate, fullDateTime } from '../dates';

export const FIELD_TYPES = [
  'thing',
  'number',
  'letter',
  'symbol',
  'character_string',
  'time',
  'date',
  'amount',
  'phone_number',
  'car_number',
  'name',
  'phrase',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** The type of a template key: `thing12` → `thing`, `character_string3` → `character_string`. */
export function fieldTypeOf(key: string): FieldType | null {
  const type = key.replace(/\d+$/, '');
  return (FIELD_TYPES as readonly string[]).includes(type) ? (type as FieldType) : null;
}

/** Characters as WeChat counts them: code points. */
export const charCount = (text: string) => Array.from(text).length;

const HAN = /^\p{Script=Han}+$/u;
const LETTERS = /^[A-Za-z]+$/;

/** The user-perceived characters of a text, so that cutting between them never splits one. */
function clusters(text: string): string[] {
  const Segmenter = (
    Intl as unknown as {
      Segmenter?: new (l: string, o: object) => { segment(t: string): Iterable<{ segment: string }> };
    }
  ).Segmenter;
  if (Segmenter) return Array.from(new Segmenter('zh', { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  // Without Intl.Segmenter: keep joiners, variation selectors, skin tones and combining marks with the
  // character before them.
  return text.match(/(?:\P{M}(?:\p{M}|\u200d\P{M}|[\ufe0e\ufe0f]|\p{Emoji_Modifier})*)|\p{M}+/gu) ?? [];
}

/** `text` in at most `max` characters: whole if it fits, else cut at a cluster boundary with "…". */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (charCount(clean) <= max) return clean;
  let out = '';
  for (const c of clusters(clean)) {
    if (charCount(out) + charCount(c) > max - 1) break;
    out += c;
  }
  return `${out.trimEnd()}…`;
}

/** Why a value breaks its type's rule, or null when WeChat accepts it. */
export function fieldProblem(type: FieldType, value: string): string | null {
  const n = charCount(value);
  if (n === 0) return '不能为空';
  switch (type) {
    case 'thing':
      return n <= 20 ? null : '超过20个字符';
    case 'phrase':
      return n <= 5 && HAN.test(value) ? null : '须为5个以内汉字';
    case 'name':
      return (HAN.test(value.replace(/[·•]/g, '')) && n <= 10) ||
        (LETTERS.test(value.replace(/[ .'-]/g, '')) && n <= 20)
        ? null
        : '须为10个以内汉字或20个以内字母';
    case 'character_string':
      return n <= 32 && /^[\x21-\x7e]+$/.test(value) ? null : '须为32位以内数字、字母或符号';
    case 'number':
      return n <= 32 && /^-?\d+(\.\d+)?$/.test(value) ? null : '须为32位以内数字';
    case 'letter':
      return n <= 32 && LETTERS.test(value) ? null : '须为32位以内字母';
    case 'symbol':
      return n <= 5 && /^[^\p{L}\p{N}\s]+$/u.test(value) ? null : '须为5位以内符号';
    case 'time':
    case 'date':
      // 2019年10月1日 15:01, 2019-10-01 15:01:00, 15:01, or two of them joined by "~".
      return n <= 40 && /^\d[\d年月日:\-/. ~]*$/.test(value) && /\d/.test(value)
        ? null
        : '时间格式应为如2019年10月1日 15:01';
    case 'amount':
      return /^[¥$€£]?\d{1,10}(\.\d{1,2})?元?$/.test(value) ? null : '金额格式不正确';
    case 'phone_number':
      return n <= 17 && /^[\d+\-() ]+$/.test(value) ? null : '须为17位以内电话号码';
    case 'car_number':
      return n <= 8 ? null : '须为8位以内车牌';
  }
}

/** `2026年12月1日 09:00` (Asia/Shanghai), as the time and date types want it. */
export function templateTime(ms: number, withTime = true): string {
  return withTime ? fullDateTime(ms) : fullDate(ms);
}

/** A value fitted to its type where fitting means shortening; other types must already be right. */
export function fitField(type: FieldType, value: string): string {
  if (type === 'thing') return shorten(value, 20);
  if (type === 'character_string')
    return Array.from(value.replace(/[^\x21-\x7e]/g, ''))
      .slice(0, 32)
      .join('');
  // A name is cut without "…": the ellipsis is neither a Chinese character nor a letter.
  if (type === 'name')
    return Array.from(value.trim())
      .slice(0, HAN.test(value.trim()) ? 10 : 20)
      .join('');
  return value.trim();
}

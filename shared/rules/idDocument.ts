// Identity documents of real-name attendees: format checks and the masked forms shown to users.
import { isDate } from '../time';

export const ID_TYPES = ['id_card', 'passport', 'hk_macao', 'taiwan'] as const;
export type IdType = (typeof ID_TYPES)[number];

export const ID_TYPE_LABELS: Record<IdType, string> = {
  id_card: '居民身份证',
  passport: '护照',
  hk_macao: '港澳居民来往内地通行证',
  taiwan: '台湾居民来往大陆通行证',
};

/** The same, short enough for a row of choice buttons. */
export const ID_TYPE_SHORT_LABELS: Record<IdType, string> = {
  id_card: '身份证',
  passport: '护照',
  hk_macao: '港澳通行证',
  taiwan: '台湾通行证',
};

const GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const GB11643_CHECK = '10X98765432';

/** The check character of the first 17 digits of a resident ID number (GB 11643-1999, ISO 7064 MOD 11-2). */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * GB11643_WEIGHTS[i];
  return GB11643_CHECK[sum % 11];
}

/** The ID number as stored and compared: trimmed, upper case. */
export function normalizeIdNumber(value: string): string {
  return value.trim().toUpperCase();
}

/**
 * Why an 18-character resident ID number is not valid, or null when it is.
 * `today` bounds the birth date (`YYYY-MM-DD`, business date).
 */
export function residentIdProblem(raw: string, today: string): string | null {
  const id = normalizeIdNumber(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号应为18位，末位可为数字或X';
  if (!/^[1-8]\d{5}$/.test(id.slice(0, 6))) return '身份证号的地区码不正确';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isDate(birth) || birth < '1900-01-01' || birth > today) return '身份证号中的出生日期不正确';
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return '身份证号校验位不正确，请核对';
  return null;
}

const OTHER_FORMATS: Record<Exclude<IdType, 'id_card'>, { pattern: RegExp; message: string }> = {
  // Chinese passports (E/G/D/S/P + 8) and foreign ones vary: letters and digits, 5–17 long.
  passport: { pattern: /^[A-Z0-9]{5,17}$/, message: '护照号码应为5至17位字母或数字' },
  // H/M + 8 digits (older permits carry 2 more digits).
  hk_macao: { pattern: /^[HM]\d{8}(\d{2})?$/, message: '港澳通行证号码应为H或M开头加8位数字' },
  // 8 digits since 2015; older permits have 10 characters.
  taiwan: { pattern: /^(\d{8}|\d{10}|[A-Z]\d{9})$/, message: '台湾居民来往大陆通行证号码应为8位数字' },
};

/** Why `idNumber` is not a valid number for `idType`, or null. */
export function idNumberProblem(idType: IdType, idNumber: string, today: string): string | null {
  if (idType === 'id_card') return residentIdProblem(idNumber, today);
  const format = OTHER_FORMATS[idType];
  return format.pattern.test(normalizeIdNumber(idNumber)) ? null : format.message;
}

/** `110101199003071234` → `1101**********1234`; shorter numbers keep fewer characters. */
export function maskIdNumber(raw: string): string {
  const id = normalizeIdNumber(raw);
  const head = id.length >= 12 ? 4 : id.length >= 8 ? 2 : 1;
  const tail = id.length >= 12 ? 4 : 2;
  return id.slice(0, head) + '*'.repeat(Math.max(id.length - head - tail, 1)) + id.slice(-tail);
}

export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** `13812345678` → `138****5678` */
export function maskPhone(phone: string): string {
  return phone.slice(0, 3) + '****' + phone.slice(-4);
}

/** `张三` → `张*`, `欧阳娜娜` → `欧**娜`; for lists shown to other people (staff). */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return chars[0] + '*';
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

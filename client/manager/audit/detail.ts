// What an audit entry's detail says, in a line: the inputs people read (reasons, notes, numbers), each
// under its Chinese name; ids (the target and venue show apart) and nested values are left out.
import { ROLE_LABELS, type Role } from '@shared/contract/roles';

const LABELS: Record<string, string> = {
  reason: '原因',
  text: '说明',
  note: '说明',
  content: '内容',
  name: '名称',
  capacity: '名额',
  from: '开始日期',
  to: '结束日期',
  role: '角色',
  satisfied: '满意',
};

const MAX_TEXT = 40;

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);

function valueText(key: string, value: unknown): string | null {
  if (key === 'role' && typeof value === 'string' && value in ROLE_LABELS) return ROLE_LABELS[value as Role];
  if (typeof value === 'string') return value.trim() ? clip(value.trim()) : null;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return null;
}

/** `原因：设备检修；名额：30`, or undefined when the detail holds nothing to read. */
export function detailLine(detail: Record<string, unknown> | undefined): string | undefined {
  const parts = Object.entries(detail ?? {}).flatMap(([key, value]) => {
    const text = key in LABELS ? valueText(key, value) : null;
    return text === null ? [] : [`${LABELS[key]}：${text}`];
  });
  return parts.length ? parts.join('；') : undefined;
}

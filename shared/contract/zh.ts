// Chinese messages for zod's built-in checks, so every INVALID_INPUT field reads naturally to users.
import { z, ZodIssueCode, type ZodErrorMap } from 'zod';
import type { FieldError } from '../errors';

export const zhErrorMap: ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case ZodIssueCode.invalid_type:
      return { message: issue.received === 'undefined' ? '必填' : '格式不正确' };
    case ZodIssueCode.too_small:
      if (issue.type === 'string') return { message: issue.minimum === 1 ? '不能为空' : `至少${issue.minimum}个字符` };
      if (issue.type === 'array') return { message: `至少选择${issue.minimum}项` };
      return { message: `不能小于${issue.minimum}` };
    case ZodIssueCode.too_big:
      if (issue.type === 'string') return { message: `不能超过${issue.maximum}个字符` };
      if (issue.type === 'array') return { message: `最多${issue.maximum}项` };
      return { message: `不能大于${issue.maximum}` };
    case ZodIssueCode.invalid_enum_value:
    case ZodIssueCode.invalid_literal:
      return { message: '取值不在允许范围内' };
    case ZodIssueCode.unrecognized_keys:
      return { message: `不支持的字段：${issue.keys.join('、')}` };
    case ZodIssueCode.invalid_string:
      return { message: '格式不正确' };
    default:
      return { message: ctx.defaultError };
  }
};

/** Parse with Chinese messages; failures become a list of fields. */
export function parseInput<T extends z.ZodTypeAny>(
  schema: T,
  value: unknown,
): { ok: true; data: z.output<T> } | { ok: false; fields: FieldError[] } {
  const result = schema.safeParse(value, { errorMap: zhErrorMap });
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    fields: result.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message })),
  };
}

import { z } from 'zod';
import { ID_TYPES, idNumberProblem, MAINLAND_MOBILE } from '../rules/idDocument';
import { id } from './common';

/** Version of the privacy notice for sensitive personal information the visitor agrees to. */
export const PRIVACY_NOTICE_VERSION = '2026-11-01';

// The birth date's upper bound ("not in the future") needs the clock, so the schema accepts
// any date up to the far future and the service checks again against its injected clock.
const FAR_FUTURE = '9999-12-31';

export const attendeeAddInput = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(30)
      .regex(/^[\p{L}\p{M}·.\s'-]+$/u, '姓名只能包含文字、空格、·或-'),
    phone: z.string().trim().regex(MAINLAND_MOBILE, '请输入11位中国大陆手机号'),
    idType: z.enum(ID_TYPES),
    idNumber: z.string().trim().min(1).max(32),
    // A refinement, not z.literal: its message survives the error map given to parse.
    consent: z.boolean().refine((v) => v, '请阅读并同意个人信息保护说明'),
  })
  .strict()
  .superRefine((value, ctx) => {
    const problem = idNumberProblem(value.idType, value.idNumber, FAR_FUTURE);
    if (problem) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: problem });
  });

export const attendeeRemoveInput = z.object({ attendeeId: id }).strict();

export type AttendeeAddInput = z.input<typeof attendeeAddInput>;

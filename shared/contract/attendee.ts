import { z } from 'zod';
import { ID_TYPES, idNumberProblem, MAINLAND_MOBILE, type IdType } from '../rules/idDocument';
import { id } from './common';

/** Version of the privacy notice for sensitive personal information the visitor agrees to. */
export const PRIVACY_NOTICE_VERSION = '2026-11-01';

// The birth date's upper bound ("not in the future") needs the clock, so the schema accepts
// any date up to the far future and the service checks again against its injected clock.
const FAR_FUTURE_DATE = '9999-12-31';

/** The ID number's own checks (format, check digit, birth date), as a refinement of a form's fields. */
export function checkIdNumber(value: { idType: IdType; idNumber: string }, ctx: z.RefinementCtx): void {
  const problem = idNumberProblem(value.idType, value.idNumber, FAR_FUTURE_DATE);
  if (problem) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: problem });
}

/** A person's name as on their documents: letters of any script, spaces, · and -. */
export const personName = z
  .string()
  .trim()
  .min(1, '请填写姓名')
  .max(30)
  .regex(/^[\p{L}\p{M}·.\s'-]+$/u, '姓名只能包含文字、空格、·或-');

export const mobilePhone = z.string().trim().regex(MAINLAND_MOBILE, '请输入11位中国大陆手机号');

export const attendeeAddInput = z
  .object({
    name: personName,
    phone: mobilePhone,
    idType: z.enum(ID_TYPES),
    idNumber: z.string().trim().min(1).max(32),
    // A refinement, not z.literal: its message survives the error map given to parse.
    consent: z.boolean().refine((v) => v, '请阅读并同意个人信息保护说明'),
  })
  .strict()
  .superRefine(checkIdNumber);

export const attendeeRemoveInput = z.object({ attendeeId: id }).strict();

export type AttendeeAddInput = z.input<typeof attendeeAddInput>;

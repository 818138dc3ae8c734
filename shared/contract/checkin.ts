import { z } from 'zod';
import { MAINLAND_MOBILE } from '../rules/idDocument';
import { businessDate, id } from './common';

export const checkinTokenInput = z.object({ bookingId: id }).strict();

/** Any string is accepted here: a string that is not a valid token is TOKEN_INVALID, not INVALID_INPUT. */
export const checkinScanInput = z.object({ token: z.string().max(1000) }).strict();

export const checkinManualInput = z.object({ bookingId: id }).strict();

/** Who of a checked-in group actually came: the others count as no-shows after the slot. */
export const checkinAttendanceInput = z.object({ bookingId: id, attendeeIds: z.array(id).min(1).max(20) }).strict();

export const checkinFindInput = z
  .object({
    date: businessDate,
    phone: z.string().trim().regex(MAINLAND_MOBILE, '请输入11位手机号').optional(),
    idLast4: z
      .string()
      .trim()
      .regex(/^[0-9Xx]{4}$/, '请输入证件号后4位')
      .optional(),
  })
  .strict()
  .refine((v) => Boolean(v.phone) !== Boolean(v.idLast4), {
    path: ['phone'],
    message: '请输入手机号或证件号后4位（二选一）',
  });

export const checkinRosterInput = z
  .object({ date: businessDate.optional(), slotId: id.optional() })
  .strict()
  .refine((v) => Boolean(v.date) !== Boolean(v.slotId), { path: ['date'], message: '请选择日期或时段' });

export const CHECKIN_METHODS = ['scan', 'manual', 'self'] as const;
export type CheckinMethod = (typeof CHECKIN_METHODS)[number];
export const CHECKIN_METHOD_LABELS: Record<CheckinMethod, string> = {
  scan: '扫码',
  manual: '手工',
  self: '本人开始使用',
};

const score = z.number().int().min(1, '请打1到5分').max(5, '请打1到5分');

export const feedbackCreateInput = z
  .object({
    bookingId: id,
    experience: score,
    exhibitCondition: score,
    service: score,
    comment: z.string().trim().max(500).optional(),
  })
  .strict();

// Day one: the first admin claims the deployment with the set-up code, people keep a profile, and
// staff join by invitation instead of by an OpenID typed into a form.
import { z } from 'zod';
import { id } from './common';
import { mobilePhone, personName } from './attendee';
import { ROLES } from './roles';

export const setupClaimInput = z.object({ code: z.string().trim().min(1, '请输入设置码').max(128) }).strict();

/**
 * A colleague's department (seed 004: 预约人姓名、部门、联系电话), shown on their room bookings. Free text,
 * trimmed, at most 30 characters; left out, the one on record stays; an empty string clears it (what the
 * profile form sends when the field is emptied).
 */
export const profileDepartment = z.string().trim().max(30, '部门不超过30个字');

export const profileUpdateInput = z
  .object({ name: personName, phone: mobilePhone.optional(), department: profileDepartment.optional() })
  .strict();

/** Hours an invitation stays usable: 24 by default, at most a week. */
export const INVITE_DEFAULT_HOURS = 24;

export const inviteCreateInput = z
  .object({
    role: z.enum(ROLES),
    venueId: id.optional(),
    departmentId: id.optional(),
    hours: z
      .number()
      .int()
      .min(1)
      .max(24 * 7)
      .default(INVITE_DEFAULT_HOURS),
  })
  .strict()
  .refine((v) => v.role !== 'staff' || Boolean(v.venueId), { path: ['venueId'], message: '现场服务人员须指定场馆' })
  .refine((v) => v.role !== 'handler' || Boolean(v.departmentId), {
    path: ['departmentId'],
    message: '投诉处理人员须指定部门',
  });

/** An invitation code as shared: letters and digits, read case-insensitively. */
export const inviteAcceptInput = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{8,32}$/, '邀请码应为8至32位字母或数字'),
  })
  .strict();

export const inviteRefInput = z.object({ inviteId: id }).strict();

export const inviteListInput = z.object({ venueId: id.optional() }).strict();

/**
 * A revoke names the person by the roles page's `userRef` (their OpenID is never shown), or by OpenID
 * as admin.role.grant does.
 */
export const roleRevokeInput = z
  .object({
    userRef: z.string().trim().min(1).max(256).optional(),
    openid: z.string().trim().min(1).max(64).optional(),
    role: z.enum(ROLES),
    venueId: id.optional(),
    departmentId: id.optional(),
  })
  .strict()
  .refine((v) => Boolean(v.userRef) !== Boolean(v.openid), { path: ['userRef'], message: '请指定要撤销角色的人员' });

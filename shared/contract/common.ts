import { z } from 'zod';
import { isDate, parseIso } from '../time';

/** Document ids: WeChat's generated ids and our deterministic ones. */
export const id = z.string().trim().min(1).max(128);

export const requestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号应为8至64位字母、数字、-或_');

export const businessDate = z.string().refine(isDate, '日期格式应为YYYY-MM-DD');

/** ISO 8601 with an explicit offset, e.g. 2026-12-01T09:00:00+08:00; parsed to epoch ms. */
export const instant = z
  .string()
  .refine((v) => !Number.isNaN(parseIso(v)), '时间格式应为带时区的ISO 8601，如2026-12-01T09:00:00+08:00')
  .transform((v) => parseIso(v));

export const empty = z.object({}).strict();

/** A ticket type's or a zone's id: orders, seats and slot prices name them by it. */
export const pricingId = z.string().regex(/^[a-z0-9_]{1,20}$/, '编号格式不正确');

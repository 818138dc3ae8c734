import { z } from 'zod';
import { isTimeOfDay } from '../time';
import { ALLOCATIONS, RESOURCE_KINDS, RESOURCE_MODES, VENUE_KINDS } from './catalog';
import { id, instant } from './common';

const minutes = z.number().int().min(0).max(60 * 24 * 30);

export const policyInput = z
  .object({
    opensDaysBefore: z.number().int().min(0).max(365),
    opensAt: z.string().refine(isTimeOfDay, '时间格式应为HH:mm'),
    closesMinutesBefore: minutes,
    maxAttendees: z.number().int().min(1).max(20),
    perIdPerDay: z.number().int().min(1).max(10),
    cancelMinutesBefore: minutes,
    changeMinutesBefore: minutes,
    requiresApproval: z.boolean(),
    checkinOpensMinutesBefore: minutes,
    noShow: z
      .object({
        limit: z.number().int().min(1).max(100),
        windowDays: z.number().int().min(1).max(3650),
        blockDays: z.number().int().min(1).max(3650),
      })
      .strict()
      .partial(),
    lottery: z.object({ confirmHours: z.number().int().min(1).max(24 * 14) }).strict().partial(),
  })
  .strict()
  .partial();

export const venueUpsertInput = z
  .object({
    id: id.optional(),
    name: z.string().trim().min(1).max(40),
    kind: z.enum(VENUE_KINDS),
    address: z.string().trim().max(100).optional(),
    description: z.string().trim().max(500).optional(),
    order: z.number().int().min(0).max(10000).optional(),
  })
  .strict();

export const resourceUpsertInput = z
  .object({
    id: id.optional(),
    venueId: id,
    name: z.string().trim().min(1).max(40),
    kind: z.enum(RESOURCE_KINDS),
    mode: z.enum(RESOURCE_MODES),
    allocation: z.enum(ALLOCATIONS),
    description: z.string().trim().max(1000).optional(),
    location: z.string().trim().max(100).optional(),
    policy: policyInput.optional(),
  })
  .strict();

export const MAX_SLOT_CAPACITY = 100000;

export const slotCreateInput = z
  .object({
    resourceId: id,
    start: instant,
    end: instant,
    capacity: z.number().int().min(1).max(MAX_SLOT_CAPACITY),
  })
  .strict()
  .refine((v) => v.end > v.start, { path: ['end'], message: '结束时间必须晚于开始时间' })
  .refine((v) => v.end - v.start <= 24 * 3600 * 1000, { path: ['end'], message: '一个时段不能超过24小时' });

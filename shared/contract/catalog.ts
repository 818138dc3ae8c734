import { z } from 'zod';
import { businessDate, id } from './common';

export const VENUE_KINDS = ['museum', 'culture_center', 'scenic_area', 'company'] as const;
export const RESOURCE_KINDS = [
  'exhibit',
  'event',
  'admission',
  'room',
  'showroom',
  'sample_store',
  'equipment',
] as const;
export const RESOURCE_MODES = ['slot', 'interval'] as const;
export const ALLOCATIONS = ['fcfs', 'lottery'] as const;

export const VENUE_KIND_LABELS: Record<(typeof VENUE_KINDS)[number], string> = {
  museum: '科技馆',
  culture_center: '文化中心',
  scenic_area: '景区',
  company: '企业',
};

export const RESOURCE_KIND_LABELS: Record<(typeof RESOURCE_KINDS)[number], string> = {
  exhibit: '展品体验',
  event: '活动',
  admission: '门票',
  room: '会议室',
  showroom: '展厅',
  sample_store: '样品库',
  equipment: '设备',
};

export const RESOURCE_MODE_LABELS: Record<(typeof RESOURCE_MODES)[number], string> = {
  slot: '分时段',
  interval: '时间区间',
};

export const ALLOCATION_LABELS: Record<(typeof ALLOCATIONS)[number], string> = {
  fcfs: '先到先得',
  lottery: '抽签',
};

export const resourceListInput = z.object({ venueId: id.optional() }).strict();

export const slotRefInput = z.object({ slotId: id }).strict();

/** At most 31 days per call, so one answer stays within a few reads. */
export const slotListInput = z
  .object({ resourceId: id, from: businessDate, to: businessDate })
  .strict()
  .refine((v) => v.from <= v.to, { path: ['to'], message: '结束日期不能早于开始日期' })
  .refine((v) => Date.parse(v.to) - Date.parse(v.from) <= 30 * 86400000, {
    path: ['to'],
    message: '一次最多查询31天',
  });

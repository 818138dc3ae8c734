import { z } from 'zod';
import { id } from './common';

/**
 * What a visitor is told. Each kind carries the facts a subscribe-message template needs in `data`
 * (resource, venue, times, reason), so a later template builder fills its fields from the notice alone.
 */
export const NOTICE_KINDS = [
  'booked',
  'changed',
  'cancelled',
  'waitlist_joined',
  'waitlist_promoted',
  'waitlist_ineligible',
  'approved',
  'rejected',
  'closed_by_venue',
  'blocked',
  'lottery_won',
  'lottery_lost',
  'lottery_cancelled',
  'reminder',
  'confirm_reminder',
  'lapsed',
  'return_overdue',
  'complaint_received',
  'complaint_replied',
  'complaint_routed',
  'complaint_escalated',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** The subscribe-message templates: one per kind of message a visitor may agree to receive. */
export const TEMPLATE_KINDS = [
  'booking_success',
  'booking_reminder',
  'booking_changed',
  'waitlist_promoted',
  'approval_result',
  'lottery_result',
  'complaint_progress',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_KIND_LABELS: Record<TemplateKind, string> = {
  booking_success: '预约成功通知',
  booking_reminder: '参观提醒',
  booking_changed: '预约变更通知',
  waitlist_promoted: '候补成功通知',
  approval_result: '预约审核结果',
  lottery_result: '抽签结果通知',
  complaint_progress: '投诉处理进度',
};

/**
 * What a notice of a cancellation by the venue (closed_by_venue) offers instead: the nearest open slots
 * of the resource (`alternatives`, rebooked in one tap), or, for a booking by the hour, free times of the
 * same resource and other rooms of its kind free at that time (`offers`, booked like any range).
 */
export const noticeListInput = z.object({}).strict();
export const noticeReadInput = z.object({ noticeIds: z.array(id).min(1).max(100) }).strict();

export const SUBSCRIBE_RESULTS = ['accept', 'reject', 'ban', 'filter'] as const;
/** What wx.requestSubscribeMessage answered, per template id (its other keys, e.g. errMsg, are ignored). */
export const notifySubscribedInput = z
  .object({ results: z.record(z.string().max(128), z.union([z.enum(SUBSCRIBE_RESULTS), z.string()])) })
  .strict()
  .refine((v) => Object.keys(v.results).length <= 20, { message: '一次最多20个模板', path: ['results'] });

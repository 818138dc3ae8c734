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
  'complaint_received',
  'complaint_replied',
  'complaint_routed',
  'complaint_escalated',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const noticeListInput = z.object({}).strict();
export const noticeReadInput = z.object({ noticeIds: z.array(id).min(1).max(100) }).strict();

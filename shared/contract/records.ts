// Reading what happened: the audit trail of staff and manager actions, and the visitors' ratings.
// Both are paged by `after` (the last item's cursor), newest first.
import { z } from 'zod';
import { businessDate, id } from './common';

const period = {
  venueId: id.optional(),
  /** Business dates, inclusive. */
  from: businessDate.optional(),
  to: businessDate.optional(),
  after: z.string().max(128).optional(),
};

const fromBeforeTo = (v: { from?: string; to?: string }) => !v.from || !v.to || v.from <= v.to;

export const auditListInput = z
  .object({
    ...period,
    /** The person who acted, as the audit page names them (`actorRef`). */
    actorRef: z.string().trim().max(256).optional(),
    action: z.string().trim().max(64).optional(),
  })
  .strict()
  .refine(fromBeforeTo, { path: ['to'], message: '结束日期不能早于开始日期' });

export const feedbackListInput = z
  .object({
    ...period,
    /** Only ratings whose lowest score is at most this. */
    maxScore: z.number().int().min(1).max(5).optional(),
  })
  .strict()
  .refine(fromBeforeTo, { path: ['to'], message: '结束日期不能早于开始日期' });

/** A rating whose lowest score is at most this counts as low: it asks for a follow-up. */
export const LOW_RATING = 2;

export const feedbackFollowUpInput = z
  .object({ feedbackId: id, note: z.string().trim().min(2, '请填写回访情况').max(500) })
  .strict();

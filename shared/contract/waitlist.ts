import { z } from 'zod';
import { id } from './common';
import { slotBookingInput } from './booking';

/** `promoting`: a promotion holds the entry for a moment (see waitlist/promote.ts). */
export const WAIT_STATUSES = ['waiting', 'promoting', 'promoted', 'left', 'cancelled_by_venue', 'ineligible'] as const;
export type WaitStatus = (typeof WAIT_STATUSES)[number];

export const WAIT_STATUS_LABELS: Record<WaitStatus, string> = {
  waiting: '候补中',
  promoting: '候补处理中',
  promoted: '已候补成功',
  left: '已退出候补',
  cancelled_by_venue: '场馆已取消',
  ineligible: '候补失效',
};

/** Same shape as a booking: the attendees wait together and are booked together. */
export const waitlistJoinInput = slotBookingInput;
export const waitlistLeaveInput = z.object({ entryId: id }).strict();

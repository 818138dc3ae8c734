import { z } from 'zod';
import { id } from './common';
import type { LotteryUnconfirmed } from '../rules/policy';
import { slotBookingInput } from './booking';

export const APPLICATION_STATUSES = [
  'applied',
  'won',
  'lost',
  'confirmed',
  'forfeited',
  'withdrawn',
  'cancelled_by_venue',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  applied: '已报名',
  won: '已中签',
  lost: '未中签',
  confirmed: '已确认',
  forfeited: '逾期未确认',
  withdrawn: '已撤回',
  cancelled_by_venue: '场馆已取消',
};

export const LOTTERY_STATUSES = ['open', 'closed', 'drawing', 'drawn', 'cancelled'] as const;
export type LotteryStatus = (typeof LOTTERY_STATUSES)[number];

export const LOTTERY_STATUS_LABELS: Record<LotteryStatus, string> = {
  open: '报名中',
  closed: '报名截止，待抽签',
  drawing: '抽签中',
  drawn: '已开奖',
  cancelled: '场馆已取消，抽签终止',
};

/** Where the places of winners who do not confirm go (policy.lottery.unconfirmed). */
export const LOTTERY_UNCONFIRMED_LABELS: Record<LotteryUnconfirmed, string> = {
  nextRanks: '依次递补给后续签位',
  waitlist: '转入候补，由候补者依次获得',
};

export const lotteryApplyInput = slotBookingInput;
export const lotteryRefInput = z.object({ applicationId: id }).strict();
export const lotterySlotInput = z.object({ slotId: id }).strict();
/** The frozen list, a page at a time (after the draw), for anyone to verify. */
export const lotteryEntriesInput = z.object({ slotId: id, after: z.string().max(128).optional() }).strict();
export const lotteryListInput = z.object({ venueId: id.optional() }).strict();

import { z } from 'zod';
import { id } from './common';
import { checkIdNumber, mobilePhone, personName } from './attendee';
import { ID_TYPES } from '../rules/idDocument';

export const BOOKING_STATUSES = [
  'pending_approval',
  'confirmed',
  'checked_in',
  'cancelled',
  'cancelled_by_venue',
  'rejected',
  'no_show',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  pending_approval: '待审核',
  confirmed: '已预约',
  checked_in: '已入场',
  cancelled: '已取消',
  cancelled_by_venue: '场馆已取消',
  rejected: '未通过审核',
  no_show: '未到场',
};

/**
 * What the caller may do with a booking now, decided by the function (`bookingActions`): cancel and
 * change before their deadlines, rate a visit once checked in, rebook one the venue cancelled, file a
 * complaint about it, show the entry pass of a confirmed booking; staff check a desk booking in during
 * its check-in window.
 */
export const BOOKING_ACTIONS = ['cancel', 'change', 'rate', 'rebook', 'complain', 'pass', 'checkin'] as const;
export type BookingAction = (typeof BOOKING_ACTIONS)[number];

/** Upper bound of attendees in any one booking, whatever a policy says (policies go lower). */
export const MAX_ATTENDEES_PER_BOOKING = 20;

export const bookingCreateInput = z
  .object({
    slotId: id,
    attendeeIds: z
      .array(id)
      .min(1)
      .max(MAX_ATTENDEES_PER_BOOKING)
      .refine((ids) => new Set(ids).size === ids.length, '同一位参观人不能重复选择'),
  })
  .strict();

export const bookingListInput = z.object({ status: z.enum(BOOKING_STATUSES).optional() }).strict();
export const bookingRefInput = z.object({ bookingId: id }).strict();

export const bookingMoveInput = z.object({ bookingId: id, slotId: id }).strict();

export const bookingRejectInput = z
  .object({ bookingId: id, reason: z.string().trim().min(2, '请填写驳回原因').max(100) })
  .strict();

/**
 * A booking made by staff for someone without the mini-program (ticket window, customer service, a
 * phone call). The same rules apply as to a visitor's own booking; the ID number is required on
 * real-name resources (today all of them).
 */
export const deskBookInput = z
  .object({
    slotId: id,
    name: personName,
    phone: mobilePhone,
    idType: z.enum(ID_TYPES),
    idNumber: z.string().trim().min(1, '请填写证件号码').max(32),
    company: z.string().trim().max(60).optional(),
    needs: z.string().trim().max(200).optional(),
  })
  .strict()
  .superRefine(checkIdNumber);

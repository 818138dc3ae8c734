import { z } from 'zod';
import { businessDate, id, instant, pricingId } from './common';
import { checkIdNumber, mobilePhone, personName } from './attendee';
import { ID_TYPES } from '../rules/idDocument';

export const BOOKING_STATUSES = [
  /** A paid ticket's places held until its order's holdUntil, waiting for the payment (rules/order.ts). */
  'pending_payment',
  /** The hold ran out unpaid and the places went back. */
  'expired',
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
  pending_payment: '待支付',
  expired: '支付超时',
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
 * its check-in window; the applicant confirms an approved booking by the hour before its confirmBy,
 * starts using a room in its check-in window (equipment is handed out by staff, who check it in), and
 * ends the use of either with the condition it is left in; a paid ticket waiting for its payment is paid.
 */
export const BOOKING_ACTIONS = [
  'cancel',
  'change',
  'rate',
  'rebook',
  'complain',
  'pass',
  'checkin',
  'confirm',
  'use',
  'return',
  'pay',
] as const;
export type BookingAction = (typeof BOOKING_ACTIONS)[number];

/** Upper bound of attendees in any one booking, whatever a policy says (policies go lower). */
export const MAX_ATTENDEES_PER_BOOKING = 20;

const attendeeIds = z
  .array(id)
  .min(1, '请选择参观人')
  .max(MAX_ATTENDEES_PER_BOOKING)
  .refine((ids) => new Set(ids).size === ids.length, '同一位参观人不能重复选择');

/**
 * On a priced resource, the ticket type of each attendee (`{ [attendeeId]: ticketTypeId }`); an attendee
 * left out takes the resource's first type (全价).
 */
const ticketTypes = z.record(id, pricingId);

/** A seat of a hall's map (rules/seats.ts seatId: section, row and column). */
export const seatIdInput = z.string().regex(/^[a-z0-9_]{1,20}_\d{1,2}_\d{1,2}$/, '座位编号不正确');

/** On a seated session, each attendee's seat (`{ [attendeeId]: seatId }`). */
const seats = z.record(id, seatIdInput);

/** A slot and the attendees who take its places (booking.create on slots, waitlist.join, lottery.apply). */
export const slotBookingInput = z.object({ slotId: id, attendeeIds }).strict();

/** What a booking by the hour is for (seed 004: 使用目的). */
export const bookingPurpose = z.string().trim().min(2, '请填写使用目的').max(100, '使用目的最多100字');

/** People a booking by the hour brings (a room's seats are checked against it). */
export const headcount = z.number().int('人数须为整数').min(1, '至少1人').max(500, '人数过多');

/**
 * booking.create: a slot with attendees (`{ slotId, attendeeIds }`), or, on a resource booked by the
 * hour, a range (`{ resourceId, start, end, purpose, headcount, attendeeIds? }`; attendees only where the
 * resource is real-name). One object with optional fields checked together rather than a union, so that
 * every refusal names its field in Chinese; the output says which of the two it is.
 */
export const bookingCreateInput = z
  .object({
    slotId: id.optional(),
    attendeeIds: attendeeIds.optional(),
    resourceId: id.optional(),
    start: instant.optional(),
    end: instant.optional(),
    purpose: bookingPurpose.optional(),
    headcount: headcount.optional(),
    ticketTypes: ticketTypes.optional(),
    seats: seats.optional(),
    /** On a seated session: the best seats next to each other, chosen by the function. */
    bestSeats: z.literal(true).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const missing = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.slotId !== undefined) {
      if (v.resourceId !== undefined) missing('resourceId', '按时段预约时不需填写资源');
      if (v.attendeeIds === undefined) missing('attendeeIds', '请选择参观人');
      if (Object.keys(v.ticketTypes ?? {}).some((a) => !v.attendeeIds?.includes(a)))
        missing('ticketTypes', '票种须对应所选的参观人');
      if (Object.keys(v.seats ?? {}).some((a) => !v.attendeeIds?.includes(a)))
        missing('seats', '座位须对应所选的参观人');
      if (new Set(Object.values(v.seats ?? {})).size < Object.keys(v.seats ?? {}).length)
        missing('seats', '同一座位不能选两次');
      if (v.seats !== undefined && v.bestSeats) missing('bestSeats', '已自选座位时不需系统选座');
      return;
    }
    if (v.resourceId === undefined) return missing('slotId', '请选择时段');
    if (v.ticketTypes !== undefined || v.seats !== undefined || v.bestSeats)
      missing('ticketTypes', '按时间区间预约的项目不售票');
    if (v.start === undefined) missing('start', '请选择开始时间');
    if (v.end === undefined) missing('end', '请选择结束时间');
    if (v.purpose === undefined) missing('purpose', '请填写使用目的');
  })
  .transform((v) =>
    v.slotId !== undefined
      ? {
          kind: 'slot' as const,
          slotId: v.slotId,
          attendeeIds: v.attendeeIds ?? [],
          ticketTypes: v.ticketTypes ?? {},
          ...(v.seats ? { seats: v.seats } : {}),
          ...(v.bestSeats ? { bestSeats: true as const } : {}),
        }
      : {
          kind: 'interval' as const,
          resourceId: v.resourceId ?? '',
          start: v.start ?? 0,
          end: v.end ?? 0,
          purpose: v.purpose ?? '',
          headcount: v.headcount ?? 1,
          attendeeIds: v.attendeeIds ?? [],
        },
  );

export type IntervalBookingInput = Extract<z.output<typeof bookingCreateInput>, { kind: 'interval' }>;

/**
 * The free and busy times of a resource booked by the hour on one day, as the caller may book it; with
 * `for: 'customer'`, as customer service may book it for a customer (desk.bookRange's longer window), which
 * only the venue's staff may ask.
 */
export const resourceDayInput = z
  .object({ resourceId: id, date: businessDate, for: z.literal('customer').optional() })
  .strict();

export const bookingListInput = z.object({ status: z.enum(BOOKING_STATUSES).optional() }).strict();
export const bookingRefInput = z.object({ bookingId: id }).strict();

/**
 * booking.cancel: the whole booking, or (a paid group order) some of its attendees' tickets, refunded by the
 * rule while the others keep theirs.
 */
export const bookingCancelInput = z
  .object({
    bookingId: id,
    attendeeIds: z
      .array(id)
      .min(1, '请选择要退票的参观人')
      .max(MAX_ATTENDEES_PER_BOOKING)
      .refine((ids) => new Set(ids).size === ids.length, '同一位参观人不能重复选择')
      .optional(),
  })
  .strict();

export const bookingMoveInput = z.object({ bookingId: id, slotId: id }).strict();

/** booking.change: another slot (`slotId`), or for a booking by the hour another range (`start`, `end`). */
export const bookingChangeInput = z
  .object({ bookingId: id, slotId: id.optional(), start: instant.optional(), end: instant.optional() })
  .strict()
  .superRefine((v, ctx) => {
    const missing = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.slotId !== undefined) return;
    if (v.start === undefined && v.end === undefined) return missing('slotId', '请选择新的时段');
    if (v.start === undefined) missing('start', '请选择开始时间');
    if (v.end === undefined) missing('end', '请选择结束时间');
  })
  .transform((v) =>
    v.slotId !== undefined
      ? { kind: 'slot' as const, bookingId: v.bookingId, slotId: v.slotId }
      : { kind: 'interval' as const, bookingId: v.bookingId, start: v.start ?? 0, end: v.end ?? 0 },
  );

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

/** The condition a resource booked by the hour is left in (seed 004: 使用完毕后及时归还，如有损坏应及时报告). */
export const RETURN_CONDITIONS = ['ok', 'damaged'] as const;
export type ReturnCondition = (typeof RETURN_CONDITIONS)[number];
export const RETURN_CONDITION_LABELS: Record<ReturnCondition, string> = { ok: '正常', damaged: '有损坏' };

/** Cloud storage file ids of photos of the damage. */
const damagePhotos = z
  .array(z.string().regex(/^cloud:\/\/[\w.-]+\/[\w./-]+$/, '照片地址无效'))
  .max(3, '最多上传3张照片');

/** booking.return (the booker) and desk.return (staff taking equipment back): the end of use. */
export const bookingReturnInput = z
  .object({
    bookingId: id,
    condition: z.enum(RETURN_CONDITIONS),
    note: z.string().trim().max(200, '说明最多200字').optional(),
    photos: damagePhotos.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.condition === 'damaged' && (v.note ?? '').length < 2)
      ctx.addIssue({ code: 'custom', path: ['note'], message: '请描述损坏情况' });
  });

/**
 * desk.bookRange: customer service books a resource by the hour for a customer (seed 004: 客户预约由客户
 * 服务部门登记姓名、联系方式、公司名称和特殊需求), within the customers' longer window. The ID document
 * is asked only where the resource is real-name.
 */
export const deskRangeInput = z
  .object({
    resourceId: id,
    start: instant,
    end: instant,
    purpose: bookingPurpose,
    headcount,
    name: personName,
    phone: mobilePhone,
    company: z.string().trim().min(2, '请填写公司名称').max(60),
    needs: z.string().trim().max(200).optional(),
    idType: z.enum(ID_TYPES).optional(),
    idNumber: z.string().trim().min(1, '请填写证件号码').max(32).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.idNumber === undefined) return;
    if (v.idType === undefined) ctx.addIssue({ code: 'custom', path: ['idType'], message: '请选择证件类型' });
    else checkIdNumber({ idType: v.idType, idNumber: v.idNumber }, ctx);
  });

/** admin.resource.usage: a resource's register of use over at most 93 days (a quarter). */
export const resourceUsageInput = z
  .object({ resourceId: id, from: businessDate, to: businessDate })
  .strict()
  .refine((v) => v.from <= v.to, { path: ['to'], message: '结束日期不能早于开始日期' })
  .refine((v) => Date.parse(v.to) - Date.parse(v.from) <= 92 * 86400000, {
    path: ['to'],
    message: '一次最多查询93天',
  });

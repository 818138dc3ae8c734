import { z } from 'zod';
import { daysBetween, isDate, isTimeOfDay } from '../time';
import { ALLOCATIONS, RESOURCE_KINDS, RESOURCE_MODES, VENUE_KINDS } from './catalog';
import { businessDate, id, instant, pricingId } from './common';
import { fen } from '../rules/money';
import { LOTTERY_UNCONFIRMED, resolveRefund } from '../rules/policy';
import {
  MAX_SEAT_COLUMNS,
  MAX_SEAT_ROWS,
  MAX_SEAT_SECTIONS,
  SEAT_CELL,
  seatMapIssues,
  type SeatMap,
} from '../rules/seats';
import { ROLES } from './roles';

/** The grids a resource booked by the hour may use, in minutes. */
export const GRANULARITIES = [5, 10, 15, 30, 60];

const hhmm = z.string().refine(isTimeOfDay, '时间格式应为HH:mm');

const minutes = z
  .number()
  .int()
  .min(0)
  .max(60 * 24 * 30);

export const MAX_TICKET_TYPES = 8;

/** Prices by ticket type (a zone's, a slot's); the keys are ids, so they are safe as stored field names. */
const pricesByType = z
  .record(pricingId, fen)
  .refine((p) => Object.keys(p).length <= MAX_TICKET_TYPES, `最多${MAX_TICKET_TYPES}种票价`);

const ticketTypeInput = z
  .object({
    id: pricingId,
    name: z.string().trim().min(1, '请填写票种名称').max(10, '票种名称最多10个字'),
    priceFen: fen,
    proof: z.string().trim().min(1).max(20).optional(),
  })
  .strict();

const refundHours = z
  .number()
  .int()
  .min(0)
  .max(24 * 30);

/** An issue on each id of `items` that repeats an earlier one, at the repeat. */
function refineUniqueIds(items: { id: string }[], ctx: z.RefinementCtx, at: string, message: string) {
  items.forEach((item, i) => {
    if (items.findIndex((x) => x.id === item.id) < i) ctx.addIssue({ code: 'custom', path: [at, i, 'id'], message });
  });
}

/** Paid tickets (seed 001); rules/policy.ts `Pricing` says what each part means. */
export const pricingInput = z
  .object({
    ticketTypes: z.array(ticketTypeInput).min(1, '至少设置一种票').max(MAX_TICKET_TYPES, `最多${MAX_TICKET_TYPES}种票`),
    holdMinutes: z.number().int().min(5).max(60).optional(),
    refund: z
      .object({
        fullHoursBefore: refundHours,
        partialHoursBefore: refundHours,
        partialPercent: z.number().int().min(1).max(99),
      })
      .strict()
      .partial()
      // Checked with the defaults the rule resolves to: a partial tier alone must fit the default full one.
      .refine(
        (r) => {
          const { fullHoursBefore, partialHoursBefore } = resolveRefund(r);
          return partialHoursBefore <= fullHoursBefore;
        },
        { path: ['partialHoursBefore'], message: '不能大于全额退款的小时数' },
      )
      .optional(),
    /** Seated halls: the seats carry a zone id. */
    zones: z
      .array(
        z
          .object({
            id: pricingId,
            name: z.string().trim().min(1).max(20),
            prices: pricesByType,
          })
          .strict(),
      )
      .max(20)
      .optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    refineUniqueIds(p.ticketTypes, ctx, 'ticketTypes', '票种编号重复');
    refineUniqueIds(p.zones ?? [], ctx, 'zones', '区域编号重复');
    const types = new Set(p.ticketTypes.map((t) => t.id));
    (p.zones ?? []).forEach((zone, i) => {
      for (const typeId of Object.keys(zone.prices)) {
        if (!types.has(typeId))
          ctx.addIssue({ code: 'custom', path: ['zones', i, 'prices', typeId], message: '没有此票种' });
      }
    });
  });

export const policyInput = z
  .object({
    opensDaysBefore: z.number().int().min(0).max(365),
    opensAt: hhmm,
    closesMinutesBefore: minutes,
    maxAttendees: z.number().int().min(1).max(20),
    perIdPerDay: z.number().int().min(1).max(10),
    perAccountPerDay: z.number().int().min(1).max(100),
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
    lottery: z
      .object({
        confirmHours: z
          .number()
          .int()
          .min(1)
          .max(24 * 14),
        /** Applicants who lost recent draws get more tickets (docs/lottery.md §3). */
        weightLosses: z.boolean(),
        unconfirmed: z.enum(LOTTERY_UNCONFIRMED),
      })
      .strict()
      .partial(),
    realName: z.boolean(),
    interval: z
      .object({
        hours: z
          .array(
            z
              .object({ weekday: z.number().int().min(0).max(6), opens: hhmm, closes: hhmm })
              .strict()
              .refine((h) => h.closes > h.opens, { path: ['closes'], message: '结束时间必须晚于开始时间' }),
          )
          .max(7)
          .refine((hs) => new Set(hs.map((h) => h.weekday)).size === hs.length, '同一天只能设置一段开放时间'),
        workingDaysOnly: z.boolean(),
        granularityMinutes: z
          .number()
          .int()
          .refine((g) => GRANULARITIES.includes(g), `时间粒度应为${GRANULARITIES.join('、')}分钟之一`),
        minMinutes: minutes,
        maxMinutes: minutes,
        bufferMinutes: z.number().int().min(0).max(240),
        leadWorkingDays: z.number().int().min(0).max(30),
        quantity: z.number().int().min(1).max(100),
        capacity: z.number().int().min(1).max(1000),
        confirmHours: z
          .number()
          .int()
          .min(0)
          .max(24 * 7),
        customerExtraDays: z.number().int().min(0).max(60),
      })
      .strict()
      .partial()
      .refine((v) => v.minMinutes === undefined || v.maxMinutes === undefined || v.minMinutes <= v.maxMinutes, {
        path: ['maxMinutes'],
        message: '最长时长不能短于最短时长',
      }),
    /** null removes the prices: the resource is free again. */
    pricing: pricingInput.nullable(),
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
    /** Opening hours on an open day, business time. */
    hours: z
      .object({ opens: hhmm, closes: hhmm })
      .strict()
      .refine((h) => h.closes > h.opens, { path: ['closes'], message: '闭馆时间必须晚于开馆时间' })
      .optional(),
    /** Weekdays it is closed (0 = Sunday … 6 = Saturday), e.g. [1] for 周一闭馆. */
    closedWeekdays: z.array(z.number().int().min(0).max(6)).max(6).optional(),
    /** Further closed dates (holidays, maintenance). */
    closedDates: z.array(businessDate).max(60).optional(),
    contact: z.string().trim().max(40).optional(),
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
  .strict()
  .refine((v) => v.mode !== 'interval' || !v.policy?.pricing, {
    path: ['policy', 'pricing'],
    message: '按时间区间预约的项目暂不支持票价',
  })
  // A paid ticket is confirmed by its payment: nobody approves it, and a lottery's winners would have to pay
  // after the draw, which is not built.
  .refine((v) => v.allocation !== 'lottery' || !v.policy?.pricing, {
    path: ['policy', 'pricing'],
    message: '抽签分配的项目暂不支持票价',
  })
  .refine((v) => !v.policy?.requiresApproval || !v.policy?.pricing, {
    path: ['policy', 'pricing'],
    message: '需审核的项目暂不支持票价',
  });

export const MAX_SLOT_CAPACITY = 100000;

const seatRowInput = z
  .object({
    label: z.string().trim().min(1, '请填写排号').max(6, '排号最多6个字'),
    cells: z
      .string()
      .min(1, '每排至少一格')
      .max(MAX_SEAT_COLUMNS, `每排最多${MAX_SEAT_COLUMNS}格`)
      .regex(SEAT_CELL, '座位格式不正确'),
  })
  .strict();

const seatSectionInput = z
  .object({
    id: pricingId,
    name: z.string().trim().min(1, '请填写区域名称').max(10, '区域名称最多10个字'),
    rows: z.array(seatRowInput).min(1, '每个区域至少一排').max(MAX_SEAT_ROWS, `每个区域最多${MAX_SEAT_ROWS}排`),
  })
  .strict();

/** A hall's seat map (rules/seats.ts says how cells read); its zones must be the resource's price zones. */
export const seatMapInput: z.ZodType<SeatMap> = z
  .object({
    sections: z
      .array(seatSectionInput)
      .min(1, '至少设置一个区域')
      .max(MAX_SEAT_SECTIONS, `最多${MAX_SEAT_SECTIONS}个区域`),
    zones: z.array(pricingId).max(8, '最多8个票价区域'),
  })
  .strict()
  .superRefine((map, ctx) => {
    for (const issue of seatMapIssues(map)) ctx.addIssue({ code: 'custom', ...issue });
  });

/** A resource's seat map set, replaced, or removed (null): its sessions then sell a count again. */
export const seatMapSaveInput = z.object({ resourceId: id, seatMap: seatMapInput.nullable() }).strict();

export const seatMapGetInput = z.object({ resourceId: id }).strict();

export const slotCreateInput = z
  .object({
    resourceId: id,
    start: instant,
    end: instant,
    capacity: z.number().int().min(1).max(MAX_SLOT_CAPACITY),
    /** Lottery resources only: applications close at closesAt; the draw runs at drawAt. */
    closesAt: instant.optional(),
    drawAt: instant.optional(),
    /** This slot's own prices by ticket type, over the resource's (seed 001; stored, not yet sold by). */
    prices: pricesByType.optional(),
  })
  .strict()
  .refine((v) => !v.closesAt || !v.drawAt || v.drawAt >= v.closesAt, {
    path: ['drawAt'],
    message: '抽签时间不能早于报名截止时间',
  })
  .refine((v) => !v.drawAt || v.drawAt < v.start, { path: ['drawAt'], message: '抽签时间必须早于时段开始' })
  .refine((v) => v.end > v.start, { path: ['end'], message: '结束时间必须晚于开始时间' })
  .refine((v) => v.end - v.start <= 24 * 3600 * 1000, { path: ['end'], message: '一个时段不能超过24小时' });

export const slotCloseInput = z
  .object({ slotId: id, reason: z.string().trim().min(2, '请填写关闭原因').max(100) })
  .strict();

/** The longest closure of a resource in one call (a quarter): each day is closed and swept on its own. */
export const MAX_CLOSE_DAYS = 93;

/**
 * Closes a resource for the business dates in [from, to]: every slot of one booked by slots, every day of
 * one booked by the hour.
 */
export const resourceCloseInput = z
  .object({
    resourceId: id,
    from: businessDate,
    to: businessDate,
    reason: z.string().trim().min(2, '请填写关闭原因').max(100),
  })
  .strict()
  .refine((v) => v.from <= v.to, { path: ['to'], message: '结束日期不能早于开始日期' })
  // Dates in a bad shape are already refused by their own fields.
  .refine((v) => !isDate(v.from) || !isDate(v.to) || daysBetween(v.from, v.to) < MAX_CLOSE_DAYS, {
    path: ['to'],
    message: `一次最多暂停${MAX_CLOSE_DAYS}天`,
  });

const lotteryLead = z
  .number()
  .int()
  .min(1)
  .max(60 * 24 * 30);

/** Slots in bulk: every date in [from, to] whose weekday is listed, at each start time. */
export const slotBulkCreateInput = z
  .object({
    resourceId: id,
    from: businessDate,
    to: businessDate,
    /** 0 = Sunday … 6 = Saturday */
    weekdays: z.array(z.number().int().min(0).max(6)).min(1).max(7),
    times: z
      .array(
        z
          .object({ start: hhmm, end: hhmm })
          .strict()
          .refine((t) => t.end > t.start, { path: ['end'], message: '结束时间必须晚于开始时间' }),
      )
      .min(1)
      .max(48),
    capacity: z.number().int().min(1).max(MAX_SLOT_CAPACITY),
    /** Every new slot's own prices by ticket type, as admin.slot.create takes them. */
    prices: pricesByType.optional(),
    /**
     * Lottery resources only, and required there: applications close this long before each session
     * starts, and the draw runs this long before it (at or after the close).
     */
    lottery: z
      .object({ closesMinutesBefore: lotteryLead, drawMinutesBefore: lotteryLead })
      .strict()
      .refine((l) => l.drawMinutesBefore <= l.closesMinutesBefore, {
        path: ['drawMinutesBefore'],
        message: '抽签时间不能早于报名截止时间',
      })
      .optional(),
  })
  .strict()
  .refine((v) => v.from <= v.to, { path: ['to'], message: '结束日期不能早于开始日期' })
  .refine((v) => Date.parse(v.to) - Date.parse(v.from) <= 92 * 86400000, { path: ['to'], message: '一次最多生成93天' });

export const slotCapacityInput = z
  .object({ slotId: id, capacity: z.number().int().min(1).max(MAX_SLOT_CAPACITY) })
  .strict();

export const creditLiftInput = z
  .object({ attendeeId: id, reason: z.string().trim().min(2, '请填写解除原因').max(100), venueId: id.optional() })
  .strict();

export const pendingListInput = z.object({ venueId: id.optional() }).strict();

/** The ID numbers blocked at the manager's venues now. */
export const blockedListInput = z.object({ venueId: id.optional() }).strict();

export const roleGrantInput = z
  .object({
    openid: z.string().trim().min(1).max(64),
    role: z.enum(ROLES),
    venueId: id.optional(),
    departmentId: id.optional(),
  })
  .strict()
  .refine((v) => v.role !== 'staff' || Boolean(v.venueId), { path: ['venueId'], message: '现场服务人员须指定场馆' })
  .refine((v) => v.role !== 'handler' || Boolean(v.departmentId), {
    path: ['departmentId'],
    message: '投诉处理人员须指定部门',
  });

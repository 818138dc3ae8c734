// The resource form's values and the admin.resource.upsert input they make, both ways.
import { GRANULARITIES, resourceUpsertInput } from '@shared/contract/admin';
import type { ResourceView } from '@shared/contract/types';
import {
  DEFAULT_POLICY,
  resolvePricing,
  type IntervalPolicy,
  type LotteryUnconfirmed,
  type NoShowPolicy,
  type Pricing,
} from '@shared/rules/policy';
import { toNumber } from '../form';
import { newTicketRow, ticketRowsOf, ticketTypesOf, type TicketRow } from './tickets';

type Allocation = ResourceView['allocation'];
type Mode = ResourceView['mode'];

/** The numbers of the rules of a resource booked by the hour. */
type IntervalNumber =
  | 'minMinutes'
  | 'maxMinutes'
  | 'bufferMinutes'
  | 'leadWorkingDays'
  | 'quantity'
  | 'capacity'
  | 'confirmHours'
  | 'customerExtraDays';

/** A number of the policy, by its path in the input (`policy.noShow.limit`): also where its error shows. */
export type NumberPath = `policy.${
  | 'opensDaysBefore'
  | 'closesMinutesBefore'
  | 'maxAttendees'
  | 'perIdPerDay'
  | 'perAccountPerDay'
  | 'cancelMinutesBefore'
  | 'changeMinutesBefore'
  | 'checkinOpensMinutesBefore'
  | `noShow.${keyof NoShowPolicy}`
  | 'lottery.confirmHours'
  | `interval.${IntervalNumber}`
  | 'pricing.holdMinutes'
  | `pricing.refund.${'fullHoursBefore' | 'partialHoursBefore' | 'partialPercent'}`}`;

export const NUMBER_FIELDS: Record<NumberPath, { label: string; unit: string }> = {
  'policy.opensDaysBefore': { label: '提前开放天数', unit: '天' },
  'policy.closesMinutesBefore': { label: '停止预约', unit: '分钟前' },
  'policy.maxAttendees': { label: '每单人数上限', unit: '人' },
  'policy.perIdPerDay': { label: '每证件每日限约', unit: '次' },
  'policy.perAccountPerDay': { label: '每账号每日名额', unit: '人' },
  'policy.cancelMinutesBefore': { label: '取消截止', unit: '分钟前' },
  'policy.changeMinutesBefore': { label: '改期截止', unit: '分钟前' },
  'policy.checkinOpensMinutesBefore': { label: '入场核验提前', unit: '分钟' },
  'policy.noShow.windowDays': { label: '统计周期', unit: '天内' },
  'policy.noShow.limit': { label: '未到场次数', unit: '次' },
  'policy.noShow.blockDays': { label: '暂停预约', unit: '天' },
  'policy.lottery.confirmHours': { label: '中签确认时限', unit: '小时' },
  'policy.interval.minMinutes': { label: '最短使用', unit: '分钟' },
  'policy.interval.maxMinutes': { label: '最长使用', unit: '分钟' },
  'policy.interval.bufferMinutes': { label: '间隔缓冲', unit: '分钟' },
  'policy.interval.leadWorkingDays': { label: '至少提前', unit: '个工作日' },
  'policy.interval.quantity': { label: '数量', unit: '个（分别预约）' },
  'policy.interval.capacity': { label: '容纳人数', unit: '人' },
  'policy.interval.confirmHours': { label: '审核后确认时限', unit: '小时（0为无需确认）' },
  'policy.interval.customerExtraDays': { label: '客户可多提前', unit: '天' },
  'policy.pricing.holdMinutes': { label: '待支付保留', unit: '分钟' },
  'policy.pricing.refund.fullHoursBefore': { label: '全额退款截止', unit: '小时前' },
  'policy.pricing.refund.partialHoursBefore': { label: '部分退款截止', unit: '小时前' },
  'policy.pricing.refund.partialPercent': { label: '部分退款比例', unit: '%' },
};

const NUMBER_PATHS = Object.keys(NUMBER_FIELDS) as NumberPath[];

/**
 * The allocation a resource is saved with: a resource booked by the hour has no lottery (first come, first
 * served), so the form hides the choice there and sends `fcfs`.
 */
export const allocationOf = (mode: Mode, allocation: Allocation): Allocation =>
  mode === 'interval' ? 'fcfs' : allocation;

/** Prices are for resources booked by slots (the contract refuses them by the hour). */
export const sellsTickets = (mode: Mode, priced: boolean) => priced && mode === 'slot';

/**
 * The numbers the form asks for: the lottery's only for a lottery resource, the interval's only in that
 * mode, the prices' only for a resource that sells tickets.
 */
export const shownNumbers = (allocation: Allocation, mode: Mode, priced = false): NumberPath[] =>
  NUMBER_PATHS.filter(
    (p) =>
      (allocationOf(mode, allocation) === 'lottery' || !p.startsWith('policy.lottery.')) &&
      (mode === 'interval' || !p.startsWith('policy.interval.')) &&
      (sellsTickets(mode, priced) || !p.startsWith('policy.pricing.')),
  );

/** What each group of rules means, under the group. */
export const HINTS = {
  realName:
    '需要实名：预约时登记参观人的证件信息；无需实名：以预约人本人身份预约，不登记证件（适合内部会议室、设备）。',
  hours: '未选中的日子不开放预约。仅工作日：周末和法定节假日不开放，调休上班的周六、周日开放（须为该日设置开放时间）。',
  interval:
    '预约的开始和结束须落在时间粒度上；间隔缓冲为每次使用后留出的整理时间；至少提前按工作日计算，0 为当天可约。数量：可分别预约的件数，如 3 台投影仪填 3，会议室填 1。',
  opening: '停止预约指时段开始前多少分钟停止接受预约。',
  limits: '每账号每日名额：一个微信账号当天在此项目最多占用的名额，换人也不能超出。',
  deadlines: '截止时间均按时段开始前计算，之后观众不能再取消或改期。',
  checkin: '入场码从时段开始前这么久起可以核验，直到时段结束。',
  noShow: '按证件号码统计：统计周期内未到场达到次数，暂停该证件在本场馆预约。',
  pricing:
    '票价以元填写，最多两位小数。开始前早于全额退款截止取消的全额退款，其后至部分退款截止按比例退款，再之后不退款；两个截止相同即不设部分退款。待支付保留：下单后等待付款的时间，逾期释放名额。',
  lottery:
    '中签者须在开奖后的时限内确认预约，逾期名额按所选方式重新分配；加权后，近90天在本场馆抽签未中签的观众获得更多签（最多4倍）。',
} as const;

/** 实名预约 as a choice of two. */
export const REAL_NAME_OPTIONS = ['required', 'none'] as const;
export type RealNameOption = (typeof REAL_NAME_OPTIONS)[number];
export const REAL_NAME_LABELS: Record<RealNameOption, string> = {
  required: '需要实名（登记参观人）',
  none: '无需实名（本人预约）',
};

/** The grids a manager picks from, as the buttons hold them (`'15'`). */
export const GRANULARITY_OPTIONS = GRANULARITIES.map(String);

/** The week as the form shows it, Monday first (the contract numbers 0 = Sunday … 6 = Saturday). */
export const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;
export const weekdayLabel = (weekday: number) => `周${'日一二三四五六'[weekday]}`;

/** One weekday's row of 开放时间: whether it is open, and its hours (kept while closed, for turning it on). */
export interface HoursRow {
  weekday: number;
  open: boolean;
  opens: string;
  closes: string;
}

/**
 * The form's values, each under the path of the input it becomes (so a field error of that path clears when
 * the field changes). Numbers are typed text, left out of the input when empty.
 */
export type ResourceFormValues = {
  name: string;
  kind: ResourceView['kind'];
  mode: Mode;
  allocation: Allocation;
  location: string;
  description: string;
  'policy.opensAt': string;
  'policy.requiresApproval': boolean;
  'policy.lottery.weightLosses': boolean;
  'policy.lottery.unconfirmed': LotteryUnconfirmed;
  'policy.realName': boolean;
  /** Seven rows, Monday first (`WEEK`). */
  'policy.interval.hours': HoursRow[];
  'policy.interval.workingDaysOnly': boolean;
  /** One of `GRANULARITY_OPTIONS`. */
  'policy.interval.granularityMinutes': string;
  /**
   * The interval rules as loaded: sent back unchanged while the resource is booked by slots (the form
   * hides them then, so what was typed there before switching back is not saved).
   */
  keptInterval: IntervalPolicy;
  /** 出售门票: off, the resource is free. */
  priced: boolean;
  'policy.pricing.ticketTypes': TicketRow[];
  /** The prices as loaded: their zones go back unchanged (no seat maps here), and removing them sends null. */
  keptPricing: Pricing | undefined;
} & Record<NumberPath, string>;

/** The value at a dotted path (`policy.noShow.limit`). */
const valueAt = (root: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], root);

/** The seven rows of a policy's opening hours; a closed day starts from the first open day's hours. */
export function hoursRowsOf(hours: IntervalPolicy['hours']): HoursRow[] {
  const usual = hours[0] ?? DEFAULT_POLICY.interval.hours[0];
  return WEEK.map((weekday) => {
    const h = hours.find((x) => x.weekday === weekday);
    return h
      ? { weekday, open: true, opens: h.opens, closes: h.closes }
      : { weekday, open: false, opens: usual.opens, closes: usual.closes };
  });
}

/** The opening hours the rows give: the open days, Monday first. */
export const hoursOf = (rows: HoursRow[]): IntervalPolicy['hours'] =>
  rows.filter((r) => r.open).map(({ weekday, opens, closes }) => ({ weekday, opens, closes }));

/**
 * Where the contract reports an error of a row (`policy.interval.hours.2`): by its place among the open
 * days sent; none for a closed day.
 */
export function hoursRowPath(rows: HoursRow[], weekday: number): string | undefined {
  const open = rows.filter((r) => r.open);
  const at = open.findIndex((r) => r.weekday === weekday);
  return at < 0 ? undefined : `policy.interval.hours.${at}`;
}

/** The form of a resource, or of a new one with the default rules (a free resource: the prices' defaults). */
export function valuesOf(resource: ResourceView | null): ResourceFormValues {
  const policy = resource?.policy ?? DEFAULT_POLICY;
  const pricing = policy.pricing ?? resolvePricing({ ticketTypes: [] });
  return {
    name: resource?.name ?? '',
    kind: resource?.kind ?? 'exhibit',
    mode: resource?.mode ?? 'slot',
    allocation: resource?.allocation ?? 'fcfs',
    location: resource?.location ?? '',
    description: resource?.description ?? '',
    'policy.opensAt': policy.opensAt,
    'policy.requiresApproval': policy.requiresApproval,
    'policy.lottery.weightLosses': policy.lottery.weightLosses,
    'policy.lottery.unconfirmed': policy.lottery.unconfirmed,
    'policy.realName': policy.realName,
    'policy.interval.hours': hoursRowsOf(policy.interval.hours),
    'policy.interval.workingDaysOnly': policy.interval.workingDaysOnly,
    'policy.interval.granularityMinutes': String(policy.interval.granularityMinutes),
    keptInterval: policy.interval,
    priced: Boolean(policy.pricing),
    // A free resource starts from one 全价 row, to fill in once it sells tickets.
    'policy.pricing.ticketTypes': policy.pricing ? ticketRowsOf(pricing.ticketTypes) : [newTicketRow([])],
    keptPricing: policy.pricing,
    ...(Object.fromEntries(
      NUMBER_PATHS.map((p) => [p, String(valueAt({ policy: { ...policy, pricing } }, p))]),
    ) as Record<NumberPath, string>),
  };
}

/**
 * The prices the form's values give: none for a free resource (null where it had prices, which removes
 * them: the upsert keeps a policy field it is not sent).
 */
function pricingOf(values: ResourceFormValues) {
  if (!sellsTickets(values.mode, values.priced)) return values.keptPricing ? null : undefined;
  const n = (path: NumberPath) => toNumber(values[path]);
  const zones = values.keptPricing?.zones ?? [];
  return {
    ticketTypes: ticketTypesOf(values['policy.pricing.ticketTypes']),
    holdMinutes: n('policy.pricing.holdMinutes'),
    refund: {
      fullHoursBefore: n('policy.pricing.refund.fullHoursBefore'),
      partialHoursBefore: n('policy.pricing.refund.partialHoursBefore'),
      partialPercent: n('policy.pricing.refund.partialPercent'),
    },
    ...(zones.length ? { zones } : {}),
  };
}

/** The interval rules the form's values give (empty numbers left out, for the check to report). */
function intervalOf(values: ResourceFormValues) {
  const n = (key: IntervalNumber) => toNumber(values[`policy.interval.${key}`]);
  return {
    hours: hoursOf(values['policy.interval.hours']),
    workingDaysOnly: values['policy.interval.workingDaysOnly'],
    granularityMinutes: toNumber(values['policy.interval.granularityMinutes']),
    minMinutes: n('minMinutes'),
    maxMinutes: n('maxMinutes'),
    bufferMinutes: n('bufferMinutes'),
    leadWorkingDays: n('leadWorkingDays'),
    quantity: n('quantity'),
    capacity: n('capacity'),
    confirmHours: n('confirmHours'),
    customerExtraDays: n('customerExtraDays'),
  };
}

/** What admin.resource.upsert takes, before the schema checks it; empty texts are left out. */
export function inputOf(values: ResourceFormValues, venueId: string, id: string | undefined) {
  const n = (path: NumberPath) => toNumber(values[path]);
  return {
    id,
    venueId,
    name: values.name,
    kind: values.kind,
    mode: values.mode,
    allocation: allocationOf(values.mode, values.allocation),
    location: values.location.trim() || undefined,
    description: values.description.trim() || undefined,
    policy: {
      opensDaysBefore: n('policy.opensDaysBefore'),
      opensAt: values['policy.opensAt'],
      closesMinutesBefore: n('policy.closesMinutesBefore'),
      maxAttendees: n('policy.maxAttendees'),
      perIdPerDay: n('policy.perIdPerDay'),
      perAccountPerDay: n('policy.perAccountPerDay'),
      cancelMinutesBefore: n('policy.cancelMinutesBefore'),
      changeMinutesBefore: n('policy.changeMinutesBefore'),
      requiresApproval: values['policy.requiresApproval'],
      checkinOpensMinutesBefore: n('policy.checkinOpensMinutesBefore'),
      noShow: {
        limit: n('policy.noShow.limit'),
        windowDays: n('policy.noShow.windowDays'),
        blockDays: n('policy.noShow.blockDays'),
      },
      lottery: {
        confirmHours: n('policy.lottery.confirmHours'),
        weightLosses: values['policy.lottery.weightLosses'],
        unconfirmed: values['policy.lottery.unconfirmed'],
      },
      realName: values['policy.realName'],
      interval: values.mode === 'interval' ? intervalOf(values) : values.keptInterval,
      pricing: pricingOf(values),
    },
  };
}

/**
 * The action's schema, and every number the form shows is required: the schema lets an upsert omit any
 * rule (the resource keeps it), while this form asks for each one.
 */
export const resourceFormSchema = resourceUpsertInput.superRefine((input, ctx) => {
  for (const path of shownNumbers(input.allocation, input.mode, Boolean(input.policy?.pricing))) {
    if (valueAt(input, path) === undefined) ctx.addIssue({ code: 'custom', path: path.split('.'), message: '必填' });
  }
});

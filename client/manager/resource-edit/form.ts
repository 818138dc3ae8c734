// The resource form's values and the admin.resource.upsert input they make, both ways.
import { resourceUpsertInput, type ResourceView } from '@shared/contract';
import { DEFAULT_POLICY, type LotteryUnconfirmed, type NoShowPolicy, type Policy } from '@shared/rules/policy';
import { toNumber } from '../form';

type Allocation = ResourceView['allocation'];

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
  | 'lottery.confirmHours'}`;

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
};

const NUMBER_PATHS = Object.keys(NUMBER_FIELDS) as NumberPath[];

/** The numbers the form asks for: the lottery's only for a lottery resource. */
export const shownNumbers = (allocation: Allocation): NumberPath[] =>
  NUMBER_PATHS.filter((p) => allocation === 'lottery' || !p.startsWith('policy.lottery.'));

/** What each group of rules means, under the group. */
export const HINTS = {
  opening: '停止预约指时段开始前多少分钟停止接受预约。',
  limits: '每账号每日名额：一个微信账号当天在此项目最多占用的名额，换人也不能超出。',
  deadlines: '截止时间均按时段开始前计算，之后观众不能再取消或改期。',
  checkin: '入场码从时段开始前这么久起可以核验，直到时段结束。',
  noShow: '按证件号码统计：统计周期内未到场达到次数，暂停该证件在本场馆预约。',
  lottery:
    '中签者须在开奖后的时限内确认预约，逾期名额按所选方式重新分配；加权后，近90天在本场馆抽签未中签的观众获得更多签（最多4倍）。',
} as const;

/**
 * The form's values, each under the path of the input it becomes (so a field error of that path clears when
 * the field changes). Numbers are typed text, left out of the input when empty.
 */
export type ResourceFormValues = {
  name: string;
  kind: ResourceView['kind'];
  mode: ResourceView['mode'];
  allocation: Allocation;
  location: string;
  description: string;
  'policy.opensAt': string;
  'policy.requiresApproval': boolean;
  'policy.lottery.weightLosses': boolean;
  'policy.lottery.unconfirmed': LotteryUnconfirmed;
  /** Rules this form does not edit (booking by the hour, real names): sent back as they are. */
  keptPolicy: Pick<Policy, 'realName' | 'interval'>;
} & Record<NumberPath, string>;

/** The value at a dotted path (`policy.noShow.limit`). */
const valueAt = (root: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], root);

/** The form of a resource, or of a new one with the default rules. */
export function valuesOf(resource: ResourceView | null): ResourceFormValues {
  const policy = resource?.policy ?? DEFAULT_POLICY;
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
    keptPolicy: { realName: policy.realName, interval: policy.interval },
    ...(Object.fromEntries(NUMBER_PATHS.map((p) => [p, String(valueAt({ policy }, p))])) as Record<NumberPath, string>),
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
    allocation: values.allocation,
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
      ...values.keptPolicy,
    },
  };
}

/**
 * The action's schema, and every number the form shows is required: the schema lets an upsert omit any
 * rule (the resource keeps it), while this form asks for each one.
 */
export const resourceFormSchema = resourceUpsertInput.superRefine((input, ctx) => {
  for (const path of shownNumbers(input.allocation)) {
    if (valueAt(input, path) === undefined) ctx.addIssue({ code: 'custom', path: path.split('.'), message: '必填' });
  }
});

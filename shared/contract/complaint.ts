import { z } from 'zod';
import { id } from './common';

export const COMPLAINT_CATEGORIES = ['service', 'exhibit', 'guide', 'facility', 'safety', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  service: '服务态度',
  exhibit: '展览展示',
  guide: '讲解质量',
  facility: '设施设备',
  safety: '安全管理',
  other: '其他',
};

/** How the complaint came in: the mini-program itself, or registered by staff from elsewhere. */
export const COMPLAINT_CHANNELS = ['miniprogram', 'phone', 'onsite', 'mailbox', 'web'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export const COMPLAINT_CHANNEL_LABELS: Record<ComplaintChannel, string> = {
  miniprogram: '小程序',
  phone: '电话',
  onsite: '现场',
  mailbox: '意见箱',
  web: '网络',
};
export const OFFLINE_CHANNELS = ['phone', 'onsite', 'mailbox', 'web'] as const;

/**
 * received → routed → proposed → resolved → replied → satisfied → followed_up → archived;
 * replied → reopened (not satisfied: back to the department) → proposed …; replied → no_answer (7 days).
 */
export const COMPLAINT_STATUSES = [
  'received',
  'routed',
  'proposed',
  'resolved',
  'replied',
  'reopened',
  'satisfied',
  'no_answer',
  'followed_up',
  'archived',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  received: '已受理',
  routed: '处理中',
  proposed: '已制定方案',
  resolved: '已处理，待答复',
  replied: '已答复，待确认',
  reopened: '重新处理中',
  satisfied: '已确认满意',
  no_answer: '未回复，已关闭',
  followed_up: '已回访',
  archived: '已归档',
};

export const COMPLEXITIES = ['general', 'complex'] as const;
export const COMPLEXITY_LABELS: Record<(typeof COMPLEXITIES)[number], string> = { general: '一般', complex: '复杂' };

export const TIMELINE_KINDS = [
  'received',
  'routed',
  'proposed',
  'resolved',
  'replied',
  'satisfied',
  'unsatisfied',
  'no_answer',
  'followed_up',
  'archived',
  'escalated',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
export const TIMELINE_LABELS: Record<TimelineKind, string> = {
  received: '受理投诉',
  routed: '转交处理部门',
  proposed: '制定解决方案',
  resolved: '处理完毕并反馈',
  replied: '答复投诉人',
  satisfied: '投诉人确认满意',
  unsatisfied: '投诉人不满意，重新处理',
  no_answer: '7天未回复，关闭',
  followed_up: '回访',
  archived: '归档',
  escalated: '超时，已上报领导小组',
};

/** Who acted on a timeline entry: the complainant, the desk, a department, or the system (deadlines). */
export type TimelineActor = 'complainant' | 'desk' | 'department' | 'system';

/** A department is shown by its name when known. */
export const TIMELINE_ACTOR_LABELS: Record<TimelineActor, string> = {
  complainant: '投诉人',
  desk: '客服中心',
  department: '处理部门',
  system: '系统',
};

/** The steps of the loop after filing, in order; each is the action of the same name (complaint.route …). */
export const COMPLAINT_ACTIONS = ['route', 'propose', 'resolve', 'reply', 'confirm', 'followUp', 'archive'] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** What each step is called where it is offered to the party that takes it. */
export const COMPLAINT_ACTION_LABELS: Record<ComplaintAction, string> = {
  route: '转交处理部门',
  propose: '制定解决方案',
  resolve: '处理并反馈结果',
  reply: '答复投诉人',
  confirm: '记录投诉人意见',
  followUp: '回访',
  archive: '归档',
};

/** Who takes a step: the receiving desk, the handling department, or the complainant. */
export type ComplaintParty = 'desk' | 'department' | 'complainant';

/** The step a complaint awaits, who takes it, and whether the caller is that party. */
export interface ComplaintNext {
  step: ComplaintAction;
  by: ComplaintParty;
  mine: boolean;
}

export const COMPLAINT_STEP_LABELS = {
  route: '转交处理部门',
  propose: '制定解决方案',
  resolve: '处理并反馈结果',
  reply: '答复投诉人',
  confirm: '投诉人确认',
  followUp: '回访',
} as const;

const text = (max: number, what: string) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}最多${max}字`);
const contact = z.string().trim().min(1, '请填写联系方式').max(50, '联系方式最多50字');
/** Cloud storage file ids of uploaded photos. */
const photos = z.array(z.string().regex(/^cloud:\/\/[\w.-]+\/[\w./-]+$/, '照片地址无效')).max(3, '最多上传3张照片');

export const complaintCreateInput = z
  .object({
    category: z.enum(COMPLAINT_CATEGORIES),
    content: text(1000, '投诉内容'),
    bookingId: id.optional(),
    contact: contact.optional(),
    expected: z.string().trim().max(500, '期望的解决方式最多500字').optional(),
    photos: photos.optional(),
  })
  .strict();

export const complaintRegisterInput = z
  .object({
    channel: z.enum(OFFLINE_CHANNELS),
    category: z.enum(COMPLAINT_CATEGORIES),
    content: text(1000, '投诉内容'),
    contact,
    name: z.string().trim().max(30).optional(),
    expected: z.string().trim().max(500).optional(),
    venueId: id.optional(),
  })
  .strict();

export const departmentUpsertInput = z
  .object({
    /** Absent: a new department, its id made by the function. */
    id: z
      .string()
      .regex(/^[a-z0-9-]{2,40}$/, '部门编号应为2至40位小写字母、数字或-')
      .optional(),
    name: z.string().trim().min(1, '请填写部门名称').max(30),
    categories: z.array(z.enum(COMPLAINT_CATEGORIES)).max(COMPLAINT_CATEGORIES.length),
    receiving: z.boolean().default(false),
    order: z.number().int().min(0).max(1000).default(0),
  })
  .strict();

export const complaintStatsInput = z
  .object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为YYYY-MM'), venueId: id.optional() })
  .strict();

export const complaintRefInput = z.object({ complaintId: id }).strict();
export const complaintRouteInput = z
  .object({ complaintId: id, departmentId: id, complexity: z.enum(COMPLEXITIES) })
  .strict();
export const complaintTextInput = z.object({ complaintId: id, text: text(1000, '处理说明') }).strict();
export const complaintOptionalTextInput = z
  .object({ complaintId: id, text: z.string().trim().max(1000).optional() })
  .strict();
export const complaintConfirmInput = z
  .object({ complaintId: id, satisfied: z.boolean(), comment: z.string().trim().max(500).optional() })
  .strict();
export const complaintListInput = z
  .object({
    /** mine: the caller's own complaints; queue: the ones the caller handles (desk, department). */
    view: z.enum(['mine', 'queue']).default('mine'),
    status: z.enum(COMPLAINT_STATUSES).optional(),
    category: z.enum(COMPLAINT_CATEGORIES).optional(),
    departmentId: id.optional(),
  })
  .strict();

// The subscribe-message templates as data: for each kind, its fields (key, type by the key's letters,
// label) and how an in-app notice fills them. A template id comes from configuration (the function's
// SUBSCRIBE_TEMPLATES, JSON kind → id; the local cloud sets placeholder ids): a kind without one is
// in-app only. Every value is fitted to its field and checked before a message is queued.
import { z } from 'zod';
import type { NoticeData, NoticeKind, TemplateKind } from '@shared/contract';
import { monthDayTime } from '@shared/dates';
import { fieldProblem, fieldTypeOf, fitField, templateTime, type FieldType } from '@shared/rules/templateFields';
import { pagePath } from '@shared/routes';
import { parseIso } from '@shared/time';

export interface TemplateField {
  key: string;
  type: FieldType;
  label: string;
}

interface TemplateSpec {
  fields: [key: string, label: string][];
  /** The page the message opens. */
  page: (d: NoticeData) => string;
  values: (kind: NoticeKind, d: NoticeData) => Record<string, string>;
}

const when = (d: NoticeData) => (d.start ? templateTime(parseIso(d.start)) : '');
const what = (d: NoticeData) => d.resourceName ?? '';
const bookingPage = (d: NoticeData) =>
  d.bookingId ? pagePath('booking/detail/index', { bookingId: d.bookingId }) : pagePath('pages/bookings/index');

const SPECS: Record<TemplateKind, TemplateSpec> = {
  booking_success: {
    fields: [
      ['thing1', '预约项目'],
      ['time2', '预约时间'],
      ['thing3', '场馆'],
      ['character_string4', '预约编号'],
    ],
    page: bookingPage,
    values: (_, d) => ({
      thing1: what(d),
      time2: when(d),
      // A seated ticket's message says where to sit (the booking page shows the venue too).
      thing3: d.seats ?? d.venueName ?? '',
      character_string4: d.bookingId ?? '',
    }),
  },
  booking_reminder: {
    fields: [
      ['thing1', '预约项目'],
      ['time2', '参观时间'],
      ['thing3', '场馆'],
      ['thing4', '温馨提示'],
    ],
    page: bookingPage,
    values: (kind, d) => ({
      thing1: what(d),
      time2: when(d),
      thing3: d.venueName ?? '',
      thing4:
        kind === 'confirm_reminder'
          ? `请于${d.confirmBy ? monthDayTime(d.confirmBy) : '时限'}前确认使用`
          : '请携带证件，凭入场码按时入场',
    }),
  },
  booking_changed: {
    fields: [
      ['thing1', '预约项目'],
      ['time2', '预约时间'],
      ['phrase3', '变更类型'],
      ['thing4', '原因'],
    ],
    page: bookingPage,
    values: (kind, d) => ({
      thing1: what(d),
      time2: when(d),
      phrase3: kind === 'changed' ? '已改期' : kind === 'lapsed' ? '已释放' : '场馆取消',
      thing4: d.reason ?? (kind === 'changed' ? '您已改约到新的时段' : kind === 'lapsed' ? '未按时确认' : '场馆调整'),
    }),
  },
  waitlist_promoted: {
    fields: [
      ['thing1', '预约项目'],
      ['time2', '预约时间'],
      ['phrase3', '候补结果'],
      ['thing4', '温馨提示'],
    ],
    page: bookingPage,
    values: (_, d) => ({
      thing1: what(d),
      time2: when(d),
      phrase3: '候补成功',
      thing4: '已为您自动预约，如不能到场请及时取消',
    }),
  },
  approval_result: {
    fields: [
      ['thing1', '预约项目'],
      ['time2', '预约时间'],
      ['phrase3', '审核结果'],
      ['thing4', '备注'],
    ],
    page: bookingPage,
    values: (kind, d) => ({
      thing1: what(d),
      time2: when(d),
      phrase3: kind === 'approved' ? '已通过' : '未通过',
      thing4:
        kind === 'approved'
          ? d.confirmBy
            ? `请于${monthDayTime(d.confirmBy)}前确认使用`
            : '请按时到场'
          : (d.reason ?? '未通过审核'),
    }),
  },
  lottery_result: {
    fields: [
      ['thing1', '抽签项目'],
      ['time2', '活动时间'],
      ['phrase3', '抽签结果'],
      ['thing4', '温馨提示'],
    ],
    page: (d) => (d.applicationId ? pagePath('pages/bookings/index') : pagePath('pages/index/index')),
    values: (kind, d) => ({
      thing1: what(d),
      time2: when(d),
      phrase3: kind === 'lottery_won' ? '已中签' : kind === 'lottery_cancelled' ? '已取消' : '未中签',
      thing4:
        kind === 'lottery_won'
          ? `请于${d.confirmBy ? monthDayTime(d.confirmBy) : '时限'}前确认`
          : kind === 'lottery_cancelled'
            ? (d.reason ?? '场馆调整')
            : '感谢参与，结果可公开验证',
    }),
  },
  complaint_progress: {
    fields: [
      ['thing1', '投诉类别'],
      ['phrase2', '处理进度'],
      ['thing3', '说明'],
    ],
    page: (d) =>
      d.complaintId
        ? pagePath('complaint/detail/index', { complaintId: d.complaintId })
        : pagePath('complaint/mine/index'),
    values: (kind, d) => ({
      thing1: d.category ?? '投诉',
      phrase2: kind === 'complaint_received' ? '已受理' : '已答复',
      thing3:
        kind === 'complaint_received'
          ? `预计${d.due ? monthDayTime(d.due) : '尽快'}前答复`
          : '请查看处理结果并确认是否满意',
    }),
  },
};

/** Which template an in-app notice goes out as, if any (a visitor's own cancel needs no message). */
export const TEMPLATE_OF: Partial<Record<NoticeKind, TemplateKind>> = {
  booked: 'booking_success',
  reminder: 'booking_reminder',
  confirm_reminder: 'booking_reminder',
  lapsed: 'booking_changed',
  changed: 'booking_changed',
  closed_by_venue: 'booking_changed',
  waitlist_promoted: 'waitlist_promoted',
  approved: 'approval_result',
  rejected: 'approval_result',
  lottery_won: 'lottery_result',
  lottery_lost: 'lottery_result',
  lottery_cancelled: 'lottery_result',
  complaint_received: 'complaint_progress',
  complaint_replied: 'complaint_progress',
};

export function templateFields(kind: TemplateKind): TemplateField[] {
  return SPECS[kind].fields.map(([key, label]) => ({ key, label, type: fieldTypeOf(key)! }));
}

export interface BuiltMessage {
  page: string;
  data: Record<string, { value: string }>;
}

/**
 * The message of a notice in WeChat's `{ thing1: { value } }` shape, every value fitted to its type;
 * throws when a value still breaks its rule (a template defined wrongly, not a user's input).
 */
export function buildMessage(template: TemplateKind, kind: NoticeKind, d: NoticeData): BuiltMessage {
  const spec = SPECS[template];
  const raw = spec.values(kind, d);
  const fitted = Object.fromEntries(
    templateFields(template).map(({ key, type }) => [key, { value: fitField(type, raw[key] ?? '') }]),
  );
  const checked = messageSchema(template).safeParse(fitted);
  if (!checked.success)
    throw new Error(
      `template ${template}: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return { page: spec.page(d), data: checked.data };
}

/** The zod schema of a template's `data`: exactly its fields, each value within its type's rule. */
export function messageSchema(template: TemplateKind) {
  const field = (type: FieldType) =>
    z
      .object({
        value: z.string().superRefine((v, ctx) => {
          const problem = fieldProblem(type, v);
          if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
        }),
      })
      .strict();
  return z.object(Object.fromEntries(templateFields(template).map(({ key, type }) => [key, field(type)]))).strict();
}

/** Template ids by kind, from the function's configuration. */
export function templateIds(
  env: Record<string, string | undefined> = process.env,
): Partial<Record<TemplateKind, string>> {
  try {
    return JSON.parse(env.SUBSCRIBE_TEMPLATES ?? '{}') as Partial<Record<TemplateKind, string>>;
  } catch {
    return {};
  }
}

// The one table of error codes and the Chinese messages the user sees.
// Codes are part of the fixed API (docs: api.md) and keep their meaning; messages may be reworded.

export const ERROR_MESSAGES = {
  UNAUTHENTICATED: '请先登录后再操作',
  FORBIDDEN: '没有权限执行此操作',
  INVALID_INPUT: '填写的信息有误，请检查后重试',
  NOT_FOUND: '未找到相关记录',
  INVALID_STATE: '当前状态不允许此操作',
  SLOT_FULL: '该时段已约满，请选择其他时段',
  SLOT_NOT_OPEN: '该时段尚未开放预约',
  BOOKING_CLOSED: '该时段已停止预约',
  LIMIT_EXCEEDED: '超出预约人数限制',
  DUPLICATE_BOOKING: '该证件当天已预约过此项目',
  BLOCKED: '因多次预约未到场，暂停预约资格',
  DEADLINE_PASSED: '已超过可取消或变更的时间',
  CONFLICT: '操作冲突，请稍后重试',
  TOKEN_INVALID: '无效的入场码',
  TOKEN_EXPIRED: '入场码已过期，请刷新后重试',
  ALREADY_CHECKED_IN: '该预约已核验入场',
  NOT_IN_CHECKIN_WINDOW: '不在核验入场时间内',
  INTERNAL: '系统繁忙，请稍后重试',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** One failing input field: a dotted path and a Chinese message. */
export interface FieldError {
  path: string;
  message: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/**
 * An expected failure. Services throw it; the router turns it into an envelope.
 * `message` overrides the table when a more precise Chinese sentence helps the user
 * (e.g. when booking opens); the code never changes meaning.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  readonly userMessage: string;

  constructor(code: ErrorCode, details?: Record<string, unknown>, message?: string) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
    this.userMessage = message ?? ERROR_MESSAGES[code];
  }

  toBody(): ErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.userMessage }
      : { code: this.code, message: this.userMessage, details: this.details };
  }
}

/**
 * Why an action met a state that does not allow it: every INVALID_STATE answer carries one in
 * `details.reason`, so callers and tests tell the causes apart without reading the sentence.
 *
 * A lost race has one answer: a conditional write that found its record moved since it was read
 * (another call changed it first) is `changed_meanwhile`, with the default message
 * {@link CHANGED_MEANWHILE_MESSAGE} unless a more precise sentence helps the user.
 */
export const STATE_REASONS = [
  'changed_meanwhile',
  'slot_cancelled',
  'slot_has_places',
  'capacity_below_booked',
  'lottery_slot',
  'first_come_slot',
  'lottery_not_drawn',
  'lottery_already_drawn',
  'lottery_still_open',
  'application_not_applied',
  'application_not_won',
  'booking_not_active',
  'booking_not_confirmed',
  'booking_not_cancelled_by_venue',
  'not_pending_approval',
  'not_checked_in',
  'already_rated',
  'already_returned',
  'not_in_use',
  'change_other_day',
  'other_resource',
  'same_slot',
  'entry_not_waiting',
  'complaint_not_at_step',
  'attendee_in_use',
  'invite_used',
  'invite_expired',
  'invite_revoked',
  'rating_not_low',
  'not_interval',
  'interval_resource',
  'resource_closed',
  'profile_missing',
  'not_paid_ticket',
  'not_awaiting_payment',
  'hold_expired',
  'pay_not_configured',
  'payment_unavailable',
  'paid_ticket',
  'seated_session',
] as const;

export type StateReason = (typeof STATE_REASONS)[number];

/** What may accompany a reason: the status found, and the facts the message names. */
export interface StateDetails {
  status?: string;
  remaining?: number;
  booked?: number;
  kind?: string;
  resourceName?: string;
  start?: string;
}

export const CHANGED_MEANWHILE_MESSAGE = '状态已变化，请刷新后重试';

/** The INVALID_STATE error for `reason`; `message` overrides the default sentence. */
export function stateError(reason: StateReason, message?: string, extra?: StateDetails): AppError {
  const fallback = reason === 'changed_meanwhile' ? CHANGED_MEANWHILE_MESSAGE : undefined;
  return new AppError('INVALID_STATE', { ...extra, reason }, message ?? fallback);
}

/** Whether `e` is the INVALID_STATE error for `reason`. */
export function isStateError(e: unknown, reason: StateReason): boolean {
  return e instanceof AppError && e.code === 'INVALID_STATE' && e.details?.reason === reason;
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export function errorBody(code: ErrorCode, details?: Record<string, unknown>): ErrorBody {
  return new AppError(code, details).toBody();
}

// What the audit trail calls each action it records: every state change by a role (staff, handler,
// manager, admin) and the few by anyone that grant a role (the router's rule, cloudfunctions/api/src/router.ts).
import type { MutatingAction } from './index';

export const AUDIT_ACTION_LABELS = {
  'setup.claim': '认领初始管理员',
  'invite.accept': '接受授权邀请',
  'checkin.scan': '扫码核验入场',
  'checkin.manual': '手工核验入场',
  'checkin.attendance': '更新到场人员',
  'desk.book': '代客预约',
  'desk.sell': '窗口售票',
  'desk.refund': '窗口退票',
  'desk.bookRange': '代客户预约场地',
  'desk.return': '登记归还',
  'complaint.register': '登记投诉',
  'complaint.route': '转交投诉',
  'complaint.propose': '制定投诉解决方案',
  'complaint.resolve': '反馈投诉处理结果',
  'complaint.reply': '答复投诉人',
  'complaint.followUp': '投诉回访',
  'complaint.archive': '投诉归档',
  'booking.approve': '审核通过预约',
  'booking.reject': '驳回预约',
  'lottery.draw': '抽签开奖',
  'admin.resource.upsert': '保存项目',
  'admin.seatmap.save': '保存座位图',
  'admin.resource.close': '暂停开放项目',
  'admin.slot.create': '新增时段',
  'admin.slot.bulkCreate': '批量新增时段',
  'admin.slot.capacity': '调整时段名额',
  'admin.slot.close': '关闭时段',
  'admin.credit.lift': '解除预约限制',
  'admin.invite.create': '创建授权邀请',
  'admin.invite.revoke': '撤销授权邀请',
  'admin.feedback.followUp': '评价回访',
  'admin.venue.upsert': '保存场馆',
  'admin.department.upsert': '保存部门',
  'admin.role.grant': '授予权限',
  'admin.role.revoke': '撤销权限',
} as const satisfies Partial<Record<MutatingAction, string>>;

export type AuditedAction = keyof typeof AUDIT_ACTION_LABELS;

export const AUDITED_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditedAction[];

/** The label of an audited action; an action without one (an older or a timer's entry) reads as its name. */
export const auditActionLabel = (action: string): string =>
  (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action;

// Who may move a complaint, and how, as the server decides it (cloudfunctions/api/src/modules/complaint):
// the receiving desk (the manager role for the complaint's venue) routes, replies, records the answer of
// a complainant without an account, follows up and archives; a handler of the complaint's department
// proposes and resolves. Each status awaits exactly one step.
import { grantsRole, type ComplaintView, type RoleGrant } from '@shared/contract';

export type StepAction = 'route' | 'propose' | 'resolve' | 'reply' | 'confirm' | 'followUp' | 'archive';

/** What each step is called where it is offered. */
export const STEP_TITLES: Record<StepAction, string> = {
  route: '转交处理部门',
  propose: '制定解决方案',
  resolve: '处理并反馈结果',
  reply: '答复投诉人',
  confirm: '记录投诉人意见',
  followUp: '回访',
  archive: '归档',
};

/** The departments the caller handles complaints for, from their handler grants. */
export const handlerDepartments = (roles: RoleGrant[]): string[] =>
  roles.filter((g) => g.role === 'handler' && g.departmentId).map((g) => g.departmentId!);

/** Whether the caller works at the receiving desk (for any venue, or for this complaint's). */
export const isDesk = (roles: RoleGrant[], venueId?: string) => grantsRole(roles, 'manager', venueId);

/** Whether the caller may open the complaint queue at all. */
export const handlesComplaints = (roles: RoleGrant[]) => isDesk(roles) || handlerDepartments(roles).length > 0;

/** The step the caller may take on the complaint now, or null when it awaits someone else. */
export function stepFor(c: ComplaintView, roles: RoleGrant[]): StepAction | null {
  const desk = isDesk(roles, c.venueId);
  const department = Boolean(c.departmentId && handlerDepartments(roles).includes(c.departmentId));
  switch (c.status) {
    case 'received':
      return desk ? 'route' : null;
    case 'routed':
    case 'reopened':
      return department ? 'propose' : null;
    case 'proposed':
      return department ? 'resolve' : null;
    case 'resolved':
      return desk ? 'reply' : null;
    case 'replied':
      return desk && !c.online ? 'confirm' : null;
    case 'satisfied':
      return desk ? 'followUp' : null;
    case 'followed_up':
    case 'no_answer':
      return desk ? 'archive' : null;
    case 'archived':
      return null;
  }
}

/** What the complaint waits for, for a viewer who cannot take the step. */
export function awaiting(c: ComplaintView): string {
  const department = c.departmentName ?? '处理部门';
  switch (c.status) {
    case 'received':
      return '等待客服中心转交处理部门';
    case 'routed':
    case 'reopened':
      return `等待${department}制定解决方案`;
    case 'proposed':
      return `等待${department}处理并反馈结果`;
    case 'resolved':
      return '等待客服中心答复投诉人';
    case 'replied':
      return c.online ? '等待投诉人确认是否满意，7天内未回复将自动关闭' : '等待客服中心记录投诉人的意见';
    case 'satisfied':
      return '等待客服中心回访';
    case 'followed_up':
    case 'no_answer':
      return '等待客服中心归档';
    case 'archived':
      return '已归档，处理流程结束';
  }
}

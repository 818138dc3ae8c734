// The loop after filing as data: each step starts from given statuses and is taken by one party. The
// handlers move a complaint by this table (steps.ts), and every view tells its caller from the same
// table what is awaited next and whether it is theirs to do, so no client keeps a copy of it.
import type { ComplaintAction, ComplaintNext, ComplaintParty, ComplaintStatus } from '@shared/contract';
import type { ComplaintDoc } from '../../db/docs';
import type { Standing } from './access';

export const LOOP: Record<ComplaintAction, { from: ComplaintStatus[]; by: ComplaintParty }> = {
  route: { from: ['received'], by: 'desk' },
  propose: { from: ['routed', 'reopened'], by: 'department' },
  resolve: { from: ['proposed'], by: 'department' },
  reply: { from: ['resolved'], by: 'desk' },
  confirm: { from: ['replied'], by: 'complainant' },
  followUp: { from: ['satisfied'], by: 'desk' },
  archive: { from: ['followed_up', 'no_answer'], by: 'desk' },
};

const STEPS = Object.keys(LOOP) as ComplaintAction[];

/** Who takes a step of this complaint: the desk records the answer of a complainant without an account. */
export function takerOf(step: ComplaintAction, c: Pick<ComplaintDoc, 'openid'>): ComplaintParty {
  return step === 'confirm' && !c.openid ? 'desk' : LOOP[step].by;
}

/** The step the complaint awaits (each status awaits at most one), who takes it, and whether the caller does. */
export function nextStep(c: ComplaintDoc, standings: Set<Standing>): ComplaintNext | null {
  const step = STEPS.find((s) => LOOP[s].from.includes(c.status));
  if (!step) return null;
  const by = takerOf(step, c);
  return { step, by, mine: standings.has(by) };
}

/** What the complaint waits for, said to a caller who cannot take the step. */
export function awaitingText(c: ComplaintDoc, departmentName = '处理部门'): string {
  switch (c.status) {
    case 'received':
      return '等待客服中心转交处理部门';
    case 'routed':
    case 'reopened':
      return `等待${departmentName}制定解决方案`;
    case 'proposed':
      return `等待${departmentName}处理并反馈结果`;
    case 'resolved':
      return '等待客服中心答复投诉人';
    case 'replied':
      return c.openid ? '等待投诉人确认是否满意，7天内未回复将自动关闭' : '等待客服中心记录投诉人的意见';
    case 'satisfied':
      return '等待客服中心回访';
    case 'followed_up':
    case 'no_answer':
      return '等待客服中心归档';
    case 'archived':
      return '已归档，处理流程结束';
  }
}

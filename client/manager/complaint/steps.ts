// What each step of the loop is called where the page offers it. Which step is the viewer's, and what a
// complaint waits for otherwise, the function says (ComplaintView.next, .awaiting).
import type { ComplaintAction } from '@shared/contract';

export const STEP_TITLES: Record<ComplaintAction, string> = {
  route: '转交处理部门',
  propose: '制定解决方案',
  resolve: '处理并反馈结果',
  reply: '答复投诉人',
  confirm: '记录投诉人意见',
  followUp: '回访',
  archive: '归档',
};

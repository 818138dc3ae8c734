// How an invitation is named and tagged on this page.

import { ROLE_LABELS, type Role } from '@shared/contract/roles';
import type { InviteView } from '@shared/contract/types';
import { ToneTag } from '../../components/StatusTag';

type Tone = Parameters<typeof ToneTag>[0]['tone'];

const STATUS: Record<InviteView['status'], { label: string; tone: Tone }> = {
  open: { label: '待使用', tone: 'primary' },
  used: { label: '已使用', tone: 'success' },
  revoked: { label: '已撤销', tone: 'muted' },
  expired: { label: '已过期', tone: 'muted' },
};

export const StatusTag = ({ status }: { status: InviteView['status'] }) => (
  <ToneTag tone={STATUS[status].tone} label={STATUS[status].label} />
);

/** Staff and managers work at a venue (a manager without one: at every venue). */
export const venueScoped = (role: Role) => role === 'staff' || role === 'manager';

/** `现场服务人员 · 星河科技馆`, `投诉处理人员 · 客服中心`, `场馆管理员 · 全部场馆` */
export function inviteText(invite: InviteView): string {
  const scope =
    invite.role === 'handler'
      ? (invite.departmentName ?? invite.departmentId)
      : (invite.venueName ?? invite.venueId ?? (invite.role === 'manager' ? '全部场馆' : ''));
  return scope ? `${ROLE_LABELS[invite.role]} · ${scope}` : ROLE_LABELS[invite.role];
}

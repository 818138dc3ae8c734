import type { ResourceView, Role } from '@shared/contract';

export const MODE_LABELS: Record<ResourceView['mode'], string> = {
  slot: '分时段',
  interval: '时间区间',
};

export const ALLOCATION_LABELS: Record<ResourceView['allocation'], string> = {
  fcfs: '先到先得',
  lottery: '抽签',
};

export const ROLE_LABELS: Record<Role, string> = {
  staff: '现场服务人员',
  handler: '投诉处理',
  manager: '场馆管理员',
  admin: '领导小组',
};

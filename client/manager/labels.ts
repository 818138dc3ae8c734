import type { ResourceView } from '@shared/contract';

export const MODE_LABELS: Record<ResourceView['mode'], string> = {
  slot: '分时段',
  interval: '时间区间',
};

export const ALLOCATION_LABELS: Record<ResourceView['allocation'], string> = {
  fcfs: '先到先得',
  lottery: '抽签',
};

import type { ResourceView } from '@shared/contract';

/** What pausing a resource says, by how it is booked: its slots are closed, or its days (booked by the hour). */
export interface ClosureCopy {
  warning: string;
  question: (range: string) => string;
  done: (closed: number) => string;
}

export function closureCopy(resource: ResourceView): ClosureCopy {
  const name = `「${resource.name}」`;
  if (resource.mode === 'interval')
    return {
      warning:
        '暂停期间该资源不可预约，期间已有的预约（含待审核）全部由场馆取消，系统会通知预约人并推荐其他可约的时间或场地。正在使用中的不受影响。',
      question: (range) => `确定暂停${name}${range}吗？期间的预约将被取消并通知预约人。`,
      done: (closed) => `已暂停${closed}天`,
    };
  return {
    warning: '暂停期间该项目的所有时段都将关闭，已有的预约和候补全部取消，系统会通知相关观众并推荐最近的可约时段。',
    question: (range) => `确定暂停${name}${range}的全部时段吗？已有预约将被取消并通知观众。`,
    done: (closed) => `已关闭${closed}个时段`,
  };
}

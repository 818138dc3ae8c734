import { Text, View } from '@tarojs/components';
import { COMPLAINT_STEP_LABELS } from '@shared/contract/complaint';
import type { ComplaintDeadlineView } from '@shared/contract/types';
import { dateTime, timeLeft } from '../../utils/format';
import './index.css';

/** What is awaited next, by when, and how long is left (red once breached). */
export default function DeadlineBadge({ deadline }: { deadline: ComplaintDeadlineView }) {
  return (
    <View className={`deadline${deadline.breached ? ' deadline--breached' : ''}`} data-testid="complaint-deadline">
      <Text className="deadline__step">待{COMPLAINT_STEP_LABELS[deadline.step]}</Text>
      <Text className="deadline__left">{timeLeft(deadline.leftMs)}</Text>
      <Text className="deadline__due">时限 {dateTime(deadline.due)}</Text>
      {!deadline.calendarKnown && <Text className="deadline__note">次年节假日安排未公布，暂按周末计算工作日</Text>}
    </View>
  );
}

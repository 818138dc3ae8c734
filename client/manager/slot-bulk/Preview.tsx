import { Text, View } from '@tarojs/components';
import { monthDayTime } from '@shared/dates';
import { slotWhen } from '../../utils/format';
import type { ClosedDays } from '@shared/rules/slotBulk';
import { lotteryTimes, preview, type BulkValues } from './bulk';

/**
 * What the choices make: the count of slots, and for a lottery resource when the first sessions' applications
 * close and their draws run (every session keeps the same lead times).
 */
export default function Preview({
  values,
  lottery,
  closed,
}: {
  values: BulkValues;
  lottery: boolean;
  closed: ClosedDays;
}) {
  const { dates, times, total } = preview(values, closed);
  const sessions = lottery ? lotteryTimes(values, closed) : [];
  return (
    <View className="bulk-form__preview" data-testid="mgr-bulk-preview">
      <Text>
        {dates} 天 × {times} 个时间段，共 <Text className="bulk-form__total">{total}</Text> 个时段
      </Text>
      {sessions.map((s) => (
        <Text key={s.start} className="bulk-form__session">
          {slotWhen(s.start, s.end)}：报名截止 {monthDayTime(s.closesAt)}，抽签 {monthDayTime(s.drawAt)}
        </Text>
      ))}
      {sessions.length > 0 && total > sessions.length && (
        <Text className="bulk-form__note">其余时段同样按开始前的时长截止报名和抽签。</Text>
      )}
      {(closed.weekdays?.length || closed.dates?.length) && (
        <Text className="bulk-form__note">场馆闭馆日不生成时段。</Text>
      )}
      <Text className="bulk-form__note">已存在的相同时段会跳过，不会重复生成。</Text>
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import type { StatementView } from '@shared/contract';
import { weekday } from '@shared/dates';
import { yuan } from '@shared/rules/money';
import Card from '../../components/Card';
import { monthDay } from '../../utils/format';
import { isQuiet, paidTotal, refundedTotal } from '../../staff/statement/takings';

type Day = NonNullable<StatementView['days']>[number];

/** The days of the month with a sale or a refund: tickets sold, taken, refunded and the net of each. */
export default function DaysTable({ days }: { days: Day[] }) {
  const active = days.filter((d) => !isQuiet(d));
  return (
    <Card
      title="每日收支"
      extra={<Text className="finance__scope">{active.length} 天有收支</Text>}
      testId="finance-days"
    >
      {active.length === 0 ? (
        <Text className="finance__none">本月没有售票或退款</Text>
      ) : (
        <View className="finance-days">
          <View className="finance-days__row finance-days__row--head">
            <Text className="finance-days__cell finance-days__cell--date">日期</Text>
            <Text className="finance-days__cell">售出</Text>
            <Text className="finance-days__cell">收款</Text>
            <Text className="finance-days__cell">退款</Text>
            <Text className="finance-days__cell">净收入</Text>
          </View>
          {active.map((d) => (
            <View key={d.date} className="finance-days__row" data-testid={`finance-day-${d.date}`}>
              <Text className="finance-days__cell finance-days__cell--date">{`${monthDay(d.date)} ${weekday(d.date)}`}</Text>
              <Text className="finance-days__cell">{d.tickets}张</Text>
              <Text className="finance-days__cell">{yuan(paidTotal(d))}</Text>
              <Text className="finance-days__cell">{yuan(refundedTotal(d))}</Text>
              <Text className="finance-days__cell finance-days__cell--net">{yuan(d.netFen)}</Text>
            </View>
          ))}
        </View>
      )}
      <Text className="finance__note">未列出的日期没有售票或退款；导出的每日汇总含全月每一天。</Text>
    </Card>
  );
}

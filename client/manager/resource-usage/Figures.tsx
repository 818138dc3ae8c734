import { Text, View } from '@tarojs/components';
import type { UsagePeriod } from '@shared/rules/utilisation';
import { dateRange, hours } from './period';

/** A share as a bar's width: 0–100 %. */
const width = (rate: number) => `${Math.min(100, Math.max(0, rate))}%`;

/**
 * One week or month: its dates and rates, a bar as wide as the utilisation with the use rate darker inside
 * it, and the hours under it.
 */
function PeriodRow({ period: p, testId }: { period: UsagePeriod; testId: string }) {
  const open = p.openMinutes > 0;
  return (
    <View className="usage-period" data-testid={testId}>
      <View className="usage-period__head">
        <Text className="usage-period__dates">{dateRange(p.from, p.to)}</Text>
        {open ? (
          <Text className="usage-period__rates">{`利用率 ${p.utilisation}% · 使用率 ${p.useRate}%`}</Text>
        ) : (
          <Text className="usage-period__closed">未开放</Text>
        )}
      </View>
      <View className="usage-bar">
        <View className="usage-bar__booked" style={{ width: width(p.utilisation) }} />
        <View className="usage-bar__used" style={{ width: width(p.useRate) }} />
      </View>
      {(open || p.bookedMinutes > 0) && (
        <Text className="usage-period__hours">
          {`已约 ${hours(p.bookedMinutes)} / 开放 ${hours(p.openMinutes)}`}
          {p.usedMinutes > 0 ? ` · 实际使用 ${hours(p.usedMinutes)}` : ''}
        </Text>
      )}
    </View>
  );
}

function Group({ title, periods, kind }: { title: string; periods: UsagePeriod[]; kind: string }) {
  return (
    <View className="usage-figures__group">
      <Text className="usage-figures__title">{title}</Text>
      {periods.map((p) => (
        <PeriodRow key={p.from} period={p} testId={`usage-${kind}-${p.from}`} />
      ))}
    </View>
  );
}

/** A single month that is the single week again (本周 within one month) says nothing new. */
const repeats = (weeks: UsagePeriod[], months: UsagePeriod[]) =>
  weeks.length === 1 && months.length === 1 && weeks[0].from === months[0].from && weeks[0].to === months[0].to;

interface FiguresProps {
  weeks: UsagePeriod[];
  months: UsagePeriod[];
  quantity: number;
  /** The months before the weeks: a period of months reads from its totals down to its weeks. */
  monthsFirst: boolean;
}

/** The utilisation per week and per month, with what the two rates mean. */
export default function Figures({ weeks, months, quantity, monthsFirst }: FiguresProps) {
  const byWeek = <Group title="按周" periods={weeks} kind="week" />;
  const byMonth = !repeats(weeks, months) && <Group title="按月" periods={months} kind="month" />;
  return (
    <View className="usage-figures" data-testid="usage-figures">
      {monthsFirst ? byMonth : byWeek}
      {monthsFirst ? byWeek : byMonth}
      <View className="usage-figures__legend">
        <View className="usage-figures__key usage-figures__key--booked" />
        <Text className="usage-figures__key-label">已预约</Text>
        <View className="usage-figures__key usage-figures__key--used" />
        <Text className="usage-figures__key-label">实际使用</Text>
      </View>
      <Text className="usage-figures__note">
        利用率 = 已预约时长 ÷ 开放时长，使用率 = 实际使用时长 ÷
        开放时长（已开始使用的预约）。已取消、未通过审核的预约不计入。
        {quantity > 1 ? `开放时长按 ${quantity} 个合计。` : ''}
      </Text>
    </View>
  );
}

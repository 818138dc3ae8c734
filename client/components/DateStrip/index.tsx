import { ScrollView, Text, View } from '@tarojs/components';
import { dayName, monthDay } from '../../utils/format';
import './index.css';

interface DateStripProps {
  dates: string[];
  value: string;
  onChange: (date: string) => void;
  /** Dates with at least one bookable slot get a dot. */
  marked?: Set<string>;
}

/** A row of days: 昨天 / 今天 / 明天 / 周X over M/D. */
export default function DateStrip({ dates, value, onChange, marked }: DateStripProps) {
  return (
    <ScrollView scrollX className="date-strip" enhanced showScrollbar={false}>
      {dates.map((date) => (
        <View
          key={date}
          className={`date-strip__item${date === value ? ' date-strip__item--active' : ''}`}
          data-testid={`date-${date}`}
          onClick={() => onChange(date)}
        >
          <Text className="date-strip__day">{dayName(date)}</Text>
          <Text className="date-strip__date">{monthDay(date)}</Text>
          <View className={`date-strip__dot${marked?.has(date) ? ' date-strip__dot--on' : ''}`} />
        </View>
      ))}
    </ScrollView>
  );
}

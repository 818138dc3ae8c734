import { ScrollView, Text, View } from '@tarojs/components';
import { dayName, monthDay } from '../../utils/format';
import './index.css';

interface DateStripProps {
  dates: string[];
  value: string;
  onChange: (date: string) => void;
  /** Dates with at least one bookable slot get a dot. */
  marked?: Set<string>;
  /** Dates the resource is closed (booked by the hour: no hours that day): greyed, and a tap does nothing. */
  closed?: Set<string>;
}

/** The class of a day's chip: the chosen one stands out, also on a closed day the page shows anyway. */
function itemClass(date: string, value: string, closed: Set<string> | undefined): string {
  if (date === value) return 'date-strip__item date-strip__item--active';
  return closed?.has(date) ? 'date-strip__item date-strip__item--closed' : 'date-strip__item';
}

/** A row of days: 昨天 / 今天 / 明天 / 周X over M/D. */
export default function DateStrip({ dates, value, onChange, marked, closed }: DateStripProps) {
  return (
    <ScrollView scrollX className="date-strip" enhanced showScrollbar={false}>
      {dates.map((date) => (
        <View
          key={date}
          className={itemClass(date, value, closed)}
          data-testid={`date-${date}`}
          onClick={() => {
            if (!closed?.has(date)) onChange(date);
          }}
        >
          <Text className="date-strip__day">{dayName(date)}</Text>
          <Text className="date-strip__date">{monthDay(date)}</Text>
          <View className={`date-strip__dot${marked?.has(date) ? ' date-strip__dot--on' : ''}`} />
        </View>
      ))}
    </ScrollView>
  );
}

import { Picker, Text, View, type BaseEventOrig } from '@tarojs/components';
import Field from '../../components/Field';
import { longDate, today } from '../../utils/format';
import WeekdayChecks from '../slot-bulk/WeekdayChecks';
import { withDate, type VenueValues } from './venue';

interface ClosedDaysProps {
  values: Pick<VenueValues, 'closedWeekdays' | 'closedDates'>;
  error: (path: string) => string | undefined;
  onWeekdays: (weekdays: string[]) => void;
  onDates: (dates: string[]) => void;
}

/** The weekdays the venue closes on, as toggles, and further closed dates as chips: a tap on one removes it. */
export default function ClosedDays({ values, error, onWeekdays, onDates }: ClosedDaysProps) {
  const dates = values.closedDates;
  return (
    <View className="venue-form__group">
      <Field label="每周闭馆" error={error('closedWeekdays')}>
        <WeekdayChecks value={values.closedWeekdays} onChange={onWeekdays} />
      </Field>
      <Field label="闭馆日期" error={error('closedDates')}>
        <View className="venue-form__dates">
          {dates.map((d) => (
            <Text
              key={d}
              className="venue-form__date"
              data-testid={`mgr-venue-date-${d}`}
              onClick={() => onDates(dates.filter((x) => x !== d))}
            >
              {longDate(d)} ×
            </Text>
          ))}
          <Picker
            mode="date"
            value={today()}
            start={today()}
            onChange={(e: BaseEventOrig<{ value: string }>) => onDates(withDate(dates, e.detail.value))}
          >
            <Text className="venue-form__add" data-testid="mgr-venue-add-date">
              + 添加日期
            </Text>
          </Picker>
        </View>
      </Field>
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import Checkbox from '../../ui/checkbox';
import PickerValue from '../components/PickerValue';
import { hoursRowPath, weekdayLabel, type HoursRow } from './form';
import './WeekHours.css';

interface WeekHoursProps {
  /** Seven rows, Monday first. */
  rows: HoursRow[];
  /** The error at a path (`policy.interval.hours.0`, and under it). */
  error: (path: string) => string | undefined;
  onChange: (rows: HoursRow[]) => void;
}

/** 每周开放时间: a row per weekday, a chip that opens or closes the day, and its hours while open. */
export default function WeekHours({ rows, error, onChange }: WeekHoursProps) {
  const change = (weekday: number, patch: Partial<HoursRow>) =>
    onChange(rows.map((r) => (r.weekday === weekday ? { ...r, ...patch } : r)));
  return (
    <View className="week-hours">
      {rows.map((r) => {
        const path = hoursRowPath(rows, r.weekday);
        const message = path && error(path);
        const day = weekdayLabel(r.weekday);
        return (
          <View key={r.weekday} className="week-hours__row" data-testid={`mgr-hours-${r.weekday}`}>
            <View className="week-hours__line">
              <Checkbox
                className="week-hours__day"
                shape="button"
                checked={r.open}
                label={day}
                onChange={(open) => change(r.weekday, { open })}
              />
              {r.open ? (
                <View className="week-hours__times">
                  <PickerValue
                    mode="time"
                    value={r.opens}
                    testId={`mgr-hours-${r.weekday}-opens`}
                    onChange={(opens) => change(r.weekday, { opens })}
                  />
                  <Text className="week-hours__dash">至</Text>
                  <PickerValue
                    mode="time"
                    value={r.closes}
                    testId={`mgr-hours-${r.weekday}-closes`}
                    onChange={(closes) => change(r.weekday, { closes })}
                  />
                </View>
              ) : (
                <Text className="week-hours__closed">不开放</Text>
              )}
            </View>
            {message && <Text className="week-hours__error">{message}</Text>}
          </View>
        );
      })}
    </View>
  );
}

import { View } from '@tarojs/components';
import Field from '../../components/Field';
import { today } from '../../utils/format';
import PickerValue from '../components/PickerValue';
import type { DateTime } from './slot';

interface DateTimeFieldProps {
  label: string;
  value: DateTime;
  error?: string;
  testId: string;
  onChange: (value: DateTime) => void;
}

/** A moment as a date picker and a time picker side by side (business date and wall-clock time). */
export default function DateTimeField({ label, value, error, testId, onChange }: DateTimeFieldProps) {
  return (
    <Field label={label} error={error}>
      <View className="slot-form__moment">
        <PickerValue
          mode="date"
          value={value.date}
          start={today()}
          testId={`${testId}-date`}
          onChange={(date) => onChange({ ...value, date })}
        />
        <PickerValue
          mode="time"
          value={value.time}
          testId={`${testId}-time`}
          onChange={(time) => onChange({ ...value, time })}
        />
      </View>
    </Field>
  );
}

import { Picker, Text, View, type BaseEventOrig } from '@tarojs/components';
import './index.css';

interface PickerValueProps {
  mode: 'date' | 'time';
  /** `YYYY-MM-DD` or `HH:mm`. */
  value: string;
  /** The earliest date or time that can be picked. */
  start?: string;
  testId?: string;
  onChange: (value: string) => void;
}

/** A date or time shown as text; a tap opens the system picker. */
export default function PickerValue({ mode, value, start, testId, onChange }: PickerValueProps) {
  return (
    <Picker
      mode={mode}
      value={value}
      start={start}
      onChange={(e: BaseEventOrig<{ value: string }>) => onChange(e.detail.value)}
    >
      <View className="picker-value" data-testid={testId}>
        <Text>{value}</Text>
        <Text className="picker-value__arrow">›</Text>
      </View>
    </Picker>
  );
}

import { Picker, Text, View, type BaseEventOrig } from '@tarojs/components';
import { fullDate, weekday } from '@shared/dates';
import { addDays, addMonths, atLocal } from '@shared/time';
import { today, yearMonth } from '../../utils/format';
import './PeriodBar.css';

interface PeriodBarProps {
  /** A day (`YYYY-MM-DD`) or a month (`YYYY-MM`). */
  mode: 'day' | 'month';
  value: string;
  onChange: (value: string) => void;
}

const STEP = { day: addDays, month: addMonths };

/** `‹ 2026年12月1日 周二 ›` or `‹ 2026年12月 ›`: the period of a statement, a step back or on (never past today), or the system picker. */
export default function PeriodBar({ mode, value, onChange }: PeriodBarProps) {
  const latest = mode === 'day' ? today() : today().slice(0, 7);
  const atLatest = value >= latest;
  const step = (by: number) => onChange(STEP[mode](value, by));
  return (
    <View className="period-bar">
      <Text className="period-bar__arrow" data-testid="period-prev" onClick={() => step(-1)}>
        ‹
      </Text>
      <Picker
        mode="date"
        fields={mode}
        value={value}
        end={today()}
        onChange={(e: BaseEventOrig<{ value: string }>) => onChange(e.detail.value.slice(0, value.length))}
      >
        <View className="period-bar__value" data-testid="period-value">
          <Text>{mode === 'day' ? `${fullDate(atLocal(value))} ${weekday(value)}` : yearMonth(value)}</Text>
          <Text className="period-bar__caret">▼</Text>
        </View>
      </Picker>
      <Text
        className={`period-bar__arrow${atLatest ? ' period-bar__arrow--off' : ''}`}
        data-testid="period-next"
        onClick={() => !atLatest && step(1)}
      >
        ›
      </Text>
    </View>
  );
}

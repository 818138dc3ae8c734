import { Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import type { SlotView } from '@shared/contract';
import DateStrip from '../DateStrip';
import SlotRow from '../SlotRow';
import { dateOfIso } from '../../utils/format';
import './index.css';

interface SlotPickerProps {
  slots: SlotView[];
  dates: string[];
  /** The day shown first; the first date when absent or not among `dates`. */
  initialDate?: string;
  /** What a slot's row offers on its right (undefined: the slot's status). */
  action: (slot: SlotView) => ReactNode;
  /** A slot to highlight, e.g. the one a booking holds now. */
  highlightedId?: string;
}

/** A resource's days in a strip (days with an open slot dotted) and the chosen day's slots. */
export default function SlotPicker({ slots, dates, initialDate, action, highlightedId }: SlotPickerProps) {
  const [date, setDate] = useState(initialDate && dates.includes(initialDate) ? initialDate : dates[0]);
  const ofDay = slots.filter((s) => dateOfIso(s.start) === date);
  const bookable = new Set(slots.filter((s) => s.status === 'open').map((s) => dateOfIso(s.start)));
  return (
    <View>
      <Text className="section-title">选择日期</Text>
      <DateStrip dates={dates} value={date} onChange={setDate} marked={bookable} />
      <Text className="section-title">选择时段</Text>
      {ofDay.length ? (
        <View className="slot-picker__slots">
          {ofDay.map((s) => (
            <SlotRow key={s.id} slot={s} action={action(s)} highlighted={s.id === highlightedId} />
          ))}
        </View>
      ) : (
        <View className="slot-picker__none">当天没有可预约的时段</View>
      )}
    </View>
  );
}

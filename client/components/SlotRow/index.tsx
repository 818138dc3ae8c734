import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { SlotView } from '@shared/contract';
import { SlotStatusTag } from '../StatusTag';
import { dateOfIso, longDate, timeRange } from '../../utils/format';
import './index.css';

interface SlotRowProps {
  slot: SlotView;
  /** On the right: what the page offers for this slot (a button, a mark); without it, the slot's status. */
  action?: ReactNode;
  /** Also says which day (for slots of several days in one list). */
  withDate?: boolean;
  /** Highlights the row, e.g. the booking's current slot. */
  highlighted?: boolean;
}

/** One time slot: time, places left, people waiting, the venue's reason when it closed the slot. */
export default function SlotRow({ slot, action, withDate, highlighted }: SlotRowProps) {
  const open = slot.status === 'open';
  return (
    <View className={`slot-row${highlighted ? ' slot-row--highlighted' : ''}`} data-testid={`slot-${slot.id}`}>
      <View className="slot-row__main">
        <Text className="slot-row__time">{timeRange(slot.start, slot.end)}</Text>
        <Text className="slot-row__places">
          {withDate && `${longDate(dateOfIso(slot.start))} · `}余{' '}
          <Text className={open ? 'slot-row__left' : ''}>{slot.remaining}</Text> / {slot.capacity}
          {slot.waiting > 0 && ` · ${slot.waiting}人候补`}
        </Text>
        {slot.status === 'cancelled' && slot.reason && <Text className="slot-row__reason">原因：{slot.reason}</Text>}
      </View>
      {action ?? <SlotStatusTag status={slot.status} />}
    </View>
  );
}

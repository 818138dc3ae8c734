import { Text, View } from '@tarojs/components';
import type { SlotView } from '@shared/contract';
import Button from '../../ui/button';
import { SlotStatusTag } from '../StatusTag';
import { timeRange } from '../../utils/format';
import './index.css';

/** One time slot of a day: time, places left, status, and a book button while open. */
export default function SlotRow({ slot, onBook }: { slot: SlotView; onBook: () => void }) {
  const open = slot.status === 'open';
  return (
    <View className="slot-row" data-testid={`slot-${slot.id}`}>
      <View className="slot-row__main">
        <Text className="slot-row__time">{timeRange(slot.start, slot.end)}</Text>
        <Text className="slot-row__places">
          余 <Text className={open ? 'slot-row__left' : ''}>{slot.remaining}</Text> / {slot.capacity}
        </Text>
      </View>
      {open ? (
        <Button type="primary" size="small" onClick={onBook}>
          预约
        </Button>
      ) : (
        <SlotStatusTag status={slot.status} />
      )}
    </View>
  );
}

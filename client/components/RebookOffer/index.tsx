import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BookingView, SlotView } from '@shared/contract';
import Button from '../../ui/button';
import SlotRow from '../SlotRow';
import { useAction } from '../../hooks/useAction';
import './index.css';

interface RebookOfferProps {
  /** The booking the venue cancelled. */
  bookingId: string;
  /** The nearest open slots of the same resource. */
  alternatives: SlotView[];
  onRebooked: (booking: BookingView) => void;
}

/** What the venue offers after closing a slot: its nearest open slots, each one tap away. */
export default function RebookOffer({ bookingId, alternatives, onRebooked }: RebookOfferProps) {
  const rebook = useAction('booking.rebook', { success: '改约成功' });
  const [chosen, setChosen] = useState('');

  const choose = async (slot: SlotView) => {
    setChosen(slot.id);
    const rebooked = await rebook.run({ bookingId, slotId: slot.id });
    if (rebooked) onRebooked(rebooked);
  };

  if (!alternatives.length) {
    return <Text className="rebook-offer__none">近期没有可改约的时段，可到首页选择其他时段或项目。</Text>;
  }
  return (
    <View className="rebook-offer">
      <Text className="rebook-offer__hint">一键改约到以下时段（名额有限，以实际余量为准）：</Text>
      {alternatives.map((s) => (
        <SlotRow
          key={s.id}
          slot={s}
          withDate
          action={
            <Button
              type="primary"
              size="small"
              data-testid={`rebook-${s.id}`}
              loading={rebook.busy && chosen === s.id}
              disabled={rebook.busy && chosen !== s.id}
              onClick={() => choose(s)}
            >
              改约到此时段
            </Button>
          }
        />
      ))}
    </View>
  );
}

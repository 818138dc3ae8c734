// The slot chosen with SlotChooser as it is now: a refusal such as SLOT_FULL loads it again and it shows
// full. 代客预约 and 窗口售票 both show it above their forms, with a tap to choose another.
import { Text, View } from '@tarojs/components';
import Card from '../../../components/Card';
import RemoteView from '../../../components/RemoteView';
import SlotRow from '../../../components/SlotRow';
import { ToneTag } from '../../../components/StatusTag';
import { useRemote } from '../../../hooks/useRemote';
import { deskBookable } from '../../desk-book/form';
import { loadSlot, type ChosenSlot } from '../../desk-book/load';
import './ChosenSlotCard.css';

interface ChosenSlotCardProps {
  title: string;
  chosen: ChosenSlot;
  onChange: () => void;
  /** The tap to choose another, the tag of a slot still open to the desk, the test ids' prefix. */
  texts: { change: string; open: string; prefix: string };
}

export default function ChosenSlotCard({ title, chosen, onChange, texts }: ChosenSlotCardProps) {
  const slot = useRemote(() => loadSlot(chosen), [chosen.slotId]);
  return (
    <Card
      title={title}
      extra={
        <Text className="chosen-slot__change" data-testid={`${texts.prefix}-change-slot`} onClick={onChange}>
          {texts.change}
        </Text>
      }
      testId={`${texts.prefix}-slot`}
    >
      <RemoteView state={slot.state} onRetry={slot.reload}>
        {(s) => (
          <View className="chosen-slot__slot">
            <SlotRow
              slot={s}
              withDate
              action={deskBookable(s, Date.now()) ? <ToneTag tone="success" label={texts.open} /> : undefined}
            />
          </View>
        )}
      </RemoteView>
    </Card>
  );
}

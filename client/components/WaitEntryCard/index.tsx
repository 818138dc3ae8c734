import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { WaitEntryView } from '@shared/contract';
import Button from '../../ui/button';
import Card from '../Card';
import ConfirmDialog from '../ConfirmDialog';
import { WaitStatusTag } from '../StatusTag';
import { useAction } from '../../hooks/useAction';
import { navigate } from '../../services/navigate';
import { slotWhen } from '../../utils/format';
import './index.css';

interface WaitEntryCardProps {
  entry: WaitEntryView;
  /** The entry as it is after the visitor left the waiting list. */
  onLeft: (entry: WaitEntryView) => void;
}

/** One of the caller's waiting-list entries: its place while waiting, leaving it, the booking it became. */
export default function WaitEntryCard({ entry, onLeft }: WaitEntryCardProps) {
  const [asking, setAsking] = useState(false);
  const leave = useAction('waitlist.leave', { success: '退出成功' });
  const waiting = entry.status === 'waiting';
  const { bookingId } = entry;

  const confirmLeave = async () => {
    const left = await leave.run({ entryId: entry.id });
    if (left) onLeft(left);
  };

  return (
    <Card
      title={entry.resourceName}
      extra={<WaitStatusTag status={entry.status} />}
      testId={`entry-${entry.id}`}
      onClick={bookingId ? () => navigate('booking/detail/index', { bookingId }) : undefined}
    >
      <Text className="card__line">{entry.venueName}</Text>
      <Text className="card__line">{slotWhen(entry.start, entry.end)}</Text>
      <Text className="card__line">参观人 {entry.attendees.map((a) => a.name).join('、')}</Text>
      {entry.reason && <Text className="card__line">原因：{entry.reason}</Text>}
      {bookingId && <Text className="card__link">已自动为您预约，查看预约 ›</Text>}
      {waiting && (
        <View className="card__foot">
          <Text className="wait-entry__position">
            {entry.position !== null && (
              <>
                当前排在第 <Text className="wait-entry__rank">{entry.position}</Text> 位
              </>
            )}
          </Text>
          <Button
            size="small"
            type="danger"
            fill="outline"
            data-testid={`leave-${entry.id}`}
            loading={leave.busy}
            onClick={() => setAsking(true)}
          >
            退出候补
          </Button>
        </View>
      )}
      <ConfirmDialog
        visible={asking}
        title="退出候补"
        content="退出后将失去当前的候补位次，确定退出吗？"
        confirmText="确认退出"
        onConfirm={confirmLeave}
        onClose={() => setAsking(false)}
      />
    </Card>
  );
}

import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { bookingRejectInput } from '@shared/contract/booking';
import type { BookingView } from '@shared/contract/types';
import Button from '../../ui/button';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { BookingStatusTag } from '../../components/StatusTag';
import { useAction } from '../../hooks/useAction';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { dateTime, slotWhen } from '../../utils/format';
import Actions from '../components/Actions';
import InputDialog from '../components/InputDialog';
import './index.css';

interface ItemProps {
  booking: BookingView;
  onApproved: () => void;
  onReject: () => void;
}

function PendingItem({ booking, onApproved, onReject }: ItemProps) {
  const approve = useAction('booking.approve', { success: '已通过' });

  const runApprove = async () => {
    if (await approve.run({ bookingId: booking.id })) onApproved();
  };

  return (
    <InfoCard
      title={booking.resourceName}
      extra={<BookingStatusTag status={booking.status} />}
      rows={[
        ['场馆', booking.venueName],
        ['时间', slotWhen(booking.start, booking.end)],
        ['提交时间', dateTime(booking.createdAt)],
      ]}
    >
      <View className="pending__people">
        {booking.attendees.map((a) => (
          <View key={a.id} className="pending__person">
            <Text className="pending__name">{a.name}</Text>
            <Text className="pending__id">{a.idMasked}</Text>
          </View>
        ))}
      </View>
      <Actions>
        <Button size="small" fill="outline" type="danger" data-testid={`mgr-reject-${booking.id}`} onClick={onReject}>
          驳回
        </Button>
        <Button
          size="small"
          type="primary"
          loading={approve.busy}
          data-testid={`mgr-approve-${booking.id}`}
          onClick={runApprove}
        >
          通过
        </Button>
      </Actions>
    </InfoCard>
  );
}

function Pending() {
  const { venueId } = usePageParams('manager/approvals/index');
  const pending = useRemote(() => call('admin.booking.pending', { venueId }), [venueId], { reloadOnShow: true });
  const [rejecting, setRejecting] = useState<BookingView | null>(null);

  const drop = (bookingId: string) => {
    if (pending.state.status === 'ok') pending.setData(pending.state.data.filter((b) => b.id !== bookingId));
  };

  return (
    <View>
      <RemoteView state={pending.state} onRetry={pending.reload} empty="暂无待审核的预约">
        {(list) => (
          <View>
            <Text className="section-title">待审核 {list.length} 条</Text>
            {list.map((b) => (
              <PendingItem key={b.id} booking={b} onApproved={() => drop(b.id)} onReject={() => setRejecting(b)} />
            ))}
          </View>
        )}
      </RemoteView>
      {rejecting && (
        <InputDialog
          visible
          title="驳回预约"
          note={`驳回「${rejecting.resourceName}」${slotWhen(rejecting.start, rejecting.end)}的预约，原因会告知观众。`}
          placeholder="驳回原因，如：当天场地已安排活动"
          confirmText="确认驳回"
          action="booking.reject"
          toInput={(reason) => ({ bookingId: rejecting.id, reason })}
          schema={bookingRejectInput}
          success="已驳回"
          onDone={() => drop(rejecting.id)}
          onClose={() => setRejecting(null)}
        />
      )}
    </View>
  );
}

export default definePage(Pending);

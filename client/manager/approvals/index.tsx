import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { bookingRejectInput, parseInput, type BookingView } from '@shared/contract';
import Button from '../../ui/button';
import InfoCard from '../../components/InfoCard';
import Page from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import SignInGate from '../../components/SignInGate';
import { BookingStatusTag } from '../../components/StatusTag';
import { useThrowingAction } from '../../hooks/useThrowingAction';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { toastError, toastSuccess } from '../../services/toast';
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
  const approve = useThrowingAction('booking.approve');

  const runApprove = async () => {
    try {
      await approve.run({ bookingId: booking.id });
      toastSuccess('已通过');
      onApproved();
    } catch (e) {
      toastError(e);
    }
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
  const { venueId } = useRouter().params;
  const pending = useRemote(() => call('admin.booking.pending', { venueId }), [venueId], { reloadOnShow: true });
  const reject = useThrowingAction('booking.reject');
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
          parse={(reason) => parseInput(bookingRejectInput, { bookingId: rejecting.id, reason })}
          onSubmit={async (input) => {
            await reject.run(input);
            toastSuccess('已驳回');
            drop(input.bookingId);
          }}
          onClose={() => setRejecting(null)}
        />
      )}
    </View>
  );
}

export default function ApprovalsPage() {
  return (
    <Page>
      <SignInGate>
        <Pending />
      </SignInGate>
    </Page>
  );
}

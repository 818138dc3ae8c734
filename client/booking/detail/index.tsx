import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BookingView } from '@shared/contract';
import Button from '../../ui/button';
import ConfirmDialog from '../../components/ConfirmDialog';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import Page from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import SignInGate from '../../components/SignInGate';
import { BookingStatusTag } from '../../components/StatusTag';
import { useAction } from '../../hooks/useAction';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { toastError, toastSuccess } from '../../services/feedback';
import { dateTime, slotWhen } from '../../utils/format';
import './index.css';

function BookingDetail({ booking, onChange }: { booking: BookingView; onChange: (b: BookingView) => void }) {
  const [asking, setAsking] = useState(false);
  const cancel = useAction('booking.cancel');

  const confirmCancel = async () => {
    try {
      onChange(await cancel.run({ bookingId: booking.id }));
      toastSuccess('已取消预约');
    } catch (e) {
      toastError(e);
    }
  };

  return (
    <View>
      <InfoCard
        title={booking.resourceName}
        extra={<BookingStatusTag status={booking.status} />}
        rows={[
          ['场馆', booking.venueName],
          ['地点', booking.location],
          ['时间', slotWhen(booking.start, booking.end)],
          ['预约号', booking.id],
          ['下单时间', dateTime(booking.createdAt)],
        ]}
      />
      <InfoCard title={`参观人（${booking.attendees.length}人）`}>
        {booking.attendees.map((a) => (
          <View key={a.id} className="detail__person">
            <Text className="detail__name">{a.name}</Text>
            <Text className="detail__id">{a.idMasked}</Text>
          </View>
        ))}
      </InfoCard>
      {booking.canCancel && (
        <>
          <Text className="detail__note">开始前可取消的截止时间：{dateTime(booking.cancelDeadline)}</Text>
          <FooterBar>
            <Button block size="large" type="danger" fill="outline" loading={cancel.busy} onClick={() => setAsking(true)}>
              取消预约
            </Button>
          </FooterBar>
          <ConfirmDialog
            visible={asking}
            title="取消预约"
            content="取消后名额将释放给其他观众，确定要取消这次预约吗？"
            confirmText="确认取消"
            onConfirm={confirmCancel}
            onClose={() => setAsking(false)}
          />
        </>
      )}
    </View>
  );
}

function Detail() {
  const { bookingId = '' } = useRouter().params;
  const booking = useRemote(() => call('booking.get', { bookingId }), [bookingId]);
  return (
    <RemoteView state={booking.state} onRetry={booking.reload}>
      {(b) => <BookingDetail booking={b} onChange={booking.setData} />}
    </RemoteView>
  );
}

export default function DetailPage() {
  return (
    <Page withFooter>
      <SignInGate>
        <Detail />
      </SignInGate>
    </Page>
  );
}

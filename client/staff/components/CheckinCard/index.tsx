import { Text, View } from '@tarojs/components';
import type { CheckinBookingView, CheckinMethod } from '@shared/contract';
import Button from '../../../ui/button';
import Attendance from '../../../components/Attendance';
import Card from '../../../components/Card';
import { BookingStatusTag } from '../../../components/StatusTag';
import { useThrowingAction } from '../../../hooks/useThrowingAction';
import { toastError, toastSuccess } from '../../../services/toast';
import { checkedInBy, slotWhen } from '../../../utils/format';
import './index.css';

const METHOD_LABELS: Record<CheckinMethod, string> = { scan: '扫码', manual: '手工' };

interface CheckinCardProps {
  booking: CheckinBookingView;
  /** The booking after a check-in or an attendance change here. */
  onChange: (booking: CheckinBookingView) => void;
}

/** A booking as staff see it in the roster and in search results, checked in by hand with one tap. */
export default function CheckinCard({ booking, onChange }: CheckinCardProps) {
  const manual = useThrowingAction('checkin.manual');

  const checkIn = async () => {
    try {
      onChange((await manual.run({ bookingId: booking.id })).booking);
      toastSuccess('已核验入场');
    } catch (e) {
      toastError(e);
    }
  };

  return (
    <Card
      title={booking.resourceName}
      extra={<BookingStatusTag status={booking.status} />}
      testId={`checkin-booking-${booking.id}`}
    >
      <Text className="card__line">{slotWhen(booking.start, booking.end)}</Text>
      {booking.checkedInAt && (
        <Text className="checkin-card__done">
          {checkedInBy(booking.checkedInAt, booking.checkedInBy ?? '工作人员')}
          {booking.method && `（${METHOD_LABELS[booking.method]}）`}
        </Text>
      )}
      <View className="checkin-card__people">
        <Attendance booking={booking} onChange={onChange} />
      </View>
      {booking.status === 'confirmed' && (
        <View className="checkin-card__actions">
          <Button
            size="small"
            type="primary"
            data-testid={`manual-${booking.id}`}
            loading={manual.busy}
            onClick={checkIn}
          >
            手工核验
          </Button>
        </View>
      )}
    </Card>
  );
}

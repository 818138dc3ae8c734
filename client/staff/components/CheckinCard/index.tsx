import { Text, View } from '@tarojs/components';
import { CHECKIN_METHOD_LABELS } from '@shared/contract/checkin';
import { ROLE_LABELS } from '@shared/contract/roles';
import type { CheckinBookingView } from '@shared/contract/types';
import Button from '../../../ui/button';
import Attendance from '../../../components/Attendance';
import Card from '../../../components/Card';
import { BookingStatusTag } from '../../../components/StatusTag';
import { useAction } from '../../../hooks/useAction';
import { checkedInBy, slotWhen } from '../../../utils/format';
import './index.css';

interface CheckinCardProps {
  booking: CheckinBookingView;
  /** The booking after a check-in or an attendance change here. */
  onChange: (booking: CheckinBookingView) => void;
}

/** A booking as staff see it in the roster and in search results, checked in by hand with one tap. */
export default function CheckinCard({ booking, onChange }: CheckinCardProps) {
  const manual = useAction('checkin.manual', { success: '已核验入场' });

  const checkIn = async () => {
    const checkin = await manual.run({ bookingId: booking.id });
    if (checkin) onChange(checkin.booking);
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
          {checkedInBy(booking.checkedInAt, booking.checkedInBy ?? ROLE_LABELS.staff)}
          {booking.method && `（${CHECKIN_METHOD_LABELS[booking.method]}）`}
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

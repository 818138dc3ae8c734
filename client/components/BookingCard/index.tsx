import { Text } from '@tarojs/components';
import type { BookingView } from '@shared/contract';
import Card from '../Card';
import { BookingStatusTag } from '../StatusTag';
import { slotWhen } from '../../utils/format';

/** One of the caller's bookings in a list. */
export default function BookingCard({ booking, onClick }: { booking: BookingView; onClick: () => void }) {
  return (
    <Card
      title={booking.resourceName}
      extra={<BookingStatusTag status={booking.status} />}
      testId={`booking-${booking.id}`}
      onClick={onClick}
    >
      <Text className="card__line">{booking.venueName}</Text>
      <Text className="card__line">{slotWhen(booking.start, booking.end)}</Text>
      {booking.purpose && <Text className="card__line">使用目的：{booking.purpose}</Text>}
      {booking.headcount !== undefined && (
        <Text className="card__line">
          {booking.headcount}人{booking.booker && ` · 预约人 ${booking.booker.name}`}
        </Text>
      )}
      {booking.attendees.length > 0 && <Text className="card__line">参观人 {booking.attendees.length} 人</Text>}
      {booking.reason && <Text className="card__line">原因：{booking.reason}</Text>}
    </Card>
  );
}

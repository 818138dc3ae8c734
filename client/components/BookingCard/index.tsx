import { Text, View } from '@tarojs/components';
import type { BookingView } from '@shared/contract';
import { BookingStatusTag } from '../StatusTag';
import { slotWhen } from '../../utils/format';
import './index.css';

/** One of the caller's bookings in a list. */
export default function BookingCard({ booking, onClick }: { booking: BookingView; onClick: () => void }) {
  return (
    <View className="booking-card" data-testid={`booking-${booking.id}`} onClick={onClick}>
      <View className="booking-card__head">
        <Text className="booking-card__name">{booking.resourceName}</Text>
        <BookingStatusTag status={booking.status} />
      </View>
      <Text className="booking-card__line">{booking.venueName}</Text>
      <Text className="booking-card__line">{slotWhen(booking.start, booking.end)}</Text>
      <Text className="booking-card__line">参观人 {booking.attendees.length} 人</Text>
    </View>
  );
}

import { Text } from '@tarojs/components';
import { useState } from 'react';
import type { BookingView, IntervalOffer } from '@shared/contract';
import Card from '../../components/Card';
import IntervalOffers from '../../components/IntervalOffers';
import { useAction } from '../../hooks/useAction';
import { redirect } from '../../services/navigate';
import { dateOfIso } from '../../utils/format';

/**
 * A booking by the hour the venue cancelled (its day closed): other free times of the resource and other
 * resources of its kind free then, each booked in one tap with the cancelled booking's purpose, headcount
 * and people. A time taken meanwhile is refused like any booking (SLOT_FULL): the page loads again with
 * fresh offers.
 */
export default function IntervalRebook({ booking, onStale }: { booking: BookingView; onStale: () => void }) {
  const [taking, setTaking] = useState<IntervalOffer | null>(null);
  const create = useAction('booking.create', {
    success: (b) => (b.status === 'pending_approval' ? '已提交，待审核' : '改约成功'),
    onStale,
  });
  const take = async (offer: IntervalOffer) => {
    setTaking(offer);
    const rebooked = await create.run({
      resourceId: offer.resourceId,
      start: offer.start,
      end: offer.end,
      purpose: booking.purpose,
      headcount: booking.headcount,
      ...(booking.attendees.length ? { attendeeIds: booking.attendees.map((a) => a.id) } : {}),
    });
    setTaking(null);
    if (rebooked) redirect('booking/detail/index', { bookingId: rebooked.id });
  };
  const offers = booking.offers ?? [];
  return (
    <Card title="改约">
      {offers.length ? (
        <IntervalOffers
          offers={offers}
          date={dateOfIso(booking.start)}
          onBook={take}
          booking={taking}
          title="可改约到以下时间或场地（以实际空闲为准）"
          actionLabel="改约到此"
        />
      ) : (
        <Text className="detail__note">近期没有空闲的时间或场地，可到首页选择其他资源。</Text>
      )}
    </Card>
  );
}

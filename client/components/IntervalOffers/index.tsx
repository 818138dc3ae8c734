import { Text, View } from '@tarojs/components';
import type { IntervalOffer } from '@shared/contract';
import Button from '../../ui/button';
import { dateOfIso, longDate, timeRange } from '../../utils/format';
import './index.css';

type Range = Pick<IntervalOffer, 'resourceId' | 'start' | 'end'>;

interface IntervalOffersProps {
  offers: IntervalOffer[];
  /** The day the refused booking was for: an offer on another day says its date. */
  date: string;
  /** Books the offer (with the refused booking's purpose and headcount). */
  onBook: (offer: IntervalOffer) => void;
  /** The offer being booked, if any: its button shows loading, the others wait. */
  booking: Range | null;
}

/** `会议室B · 14:00–15:15 · 可容纳12人`, with the date in front of the time when it is another day. */
export function offerText(offer: IntervalOffer, date: string): string {
  const day = dateOfIso(offer.start);
  const when = `${day === date ? '' : `${longDate(day)} `}${timeRange(offer.start, offer.end)}`;
  return `${offer.resourceName} · ${when} · 可容纳${offer.capacity}人`;
}

const sameOffer = (a: Range, b: Range | null) =>
  b !== null && a.resourceId === b.resourceId && a.start === b.start && a.end === b.end;

/** What a booking by the hour refused as taken offers: nearer free times, and other resources free then. */
export default function IntervalOffers({ offers, date, onBook, booking }: IntervalOffersProps) {
  return (
    <View className="interval-offers" data-testid="interval-offers">
      <Text className="interval-offers__title">该时间已被预约，可选择以下时间或场地</Text>
      {offers.map((o, i) => (
        <View key={`${o.resourceId}@${o.start}`} className="interval-offers__row" data-testid={`offer-${i}`}>
          <View className="interval-offers__main">
            <Text className="interval-offers__text">{offerText(o, date)}</Text>
            {o.location && <Text className="interval-offers__where">{o.location}</Text>}
          </View>
          <Button
            type="primary"
            size="small"
            loading={sameOffer(o, booking)}
            disabled={booking !== null && !sameOffer(o, booking)}
            onClick={() => onBook(o)}
          >
            预约此项
          </Button>
        </View>
      ))}
    </View>
  );
}

import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import type { IntervalOffer } from '@shared/contract';
import Button from '../../ui/button';
import { rangeText } from '../IntervalDay';
import { dateOfIso, longDate, timeRange } from '../../utils/format';
import './index.css';

type Range = Pick<IntervalOffer, 'resourceId' | 'start' | 'end'>;

export interface IntervalOffersProps {
  offers: IntervalOffer[];
  /** The day the refused booking was for: an offer on another day says its date. */
  date: string;
  /** Takes the offer (a new booking with the refused one's purpose and headcount, or the change moved to it). */
  onBook: (offer: IntervalOffer) => void;
  /** The offer being taken, if any: its button shows loading, the others wait. */
  booking: Range | null;
  /** Above the offers (default: for a new booking, which may also take another resource). */
  title?: string;
  /** The button of each offer (default 预约此项). */
  actionLabel?: string;
  /** Every offer is of the one resource the booking is on (a change): each says its time and length only. */
  sameResource?: boolean;
}

/**
 * `会议室B · 14:00–15:15 · 可容纳12人`, or `14:00–15:15 · 75分钟` when every offer is of the same resource, with the
 * date in front of the time when it is another day.
 */
export function offerText(offer: IntervalOffer, date: string, sameResource = false): string {
  const day = dateOfIso(offer.start);
  const on = day === date ? '' : `${longDate(day)} `;
  if (sameResource) return `${on}${rangeText(offer)}`;
  return `${offer.resourceName} · ${on}${timeRange(offer.start, offer.end)} · 可容纳${offer.capacity}人`;
}

const sameOffer = (a: Range, b: Range | null) =>
  b !== null && a.resourceId === b.resourceId && a.start === b.start && a.end === b.end;

/**
 * What a booking by the hour refused as taken offers: nearer free times, and other resources free then. They
 * come below the page's form: shown, they are brought into view (where the host has the API: not the page
 * tests' wx).
 */
export default function IntervalOffers({
  offers,
  date,
  onBook,
  booking,
  title = '该时间已被预约，可选择以下时间或场地',
  actionLabel = '预约此项',
  sameResource = false,
}: IntervalOffersProps) {
  useEffect(() => {
    Taro.pageScrollTo?.({ selector: '.interval-offers', duration: 300 })?.catch(() => undefined);
  }, []);
  return (
    <View className="interval-offers" data-testid="interval-offers">
      <Text className="interval-offers__title">{title}</Text>
      {offers.map((o, i) => (
        <View key={`${o.resourceId}@${o.start}`} className="interval-offers__row" data-testid={`offer-${i}`}>
          <View className="interval-offers__main">
            <Text className="interval-offers__text">{offerText(o, date, sameResource)}</Text>
            {o.location && !sameResource && <Text className="interval-offers__where">{o.location}</Text>}
          </View>
          <Button
            type="primary"
            size="small"
            loading={sameOffer(o, booking)}
            disabled={booking !== null && !sameOffer(o, booking)}
            onClick={() => onBook(o)}
          >
            {actionLabel}
          </Button>
        </View>
      ))}
    </View>
  );
}

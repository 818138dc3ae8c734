import { Text, View } from '@tarojs/components';
import type { IntervalOffer } from '@shared/contract';
import Button from '../../ui/button';
import { rangeText } from '../../components/IntervalDay';
import { dateOfIso, longDate } from '../../utils/format';
import { sameRange } from './changeDay';

interface ChangeOffersProps {
  /** Times of the booking's own resource (the refusal's offers of other resources are left out). */
  offers: IntervalOffer[];
  /** The day the refused time was on: an offer on another day says its date. */
  date: string;
  /** The offer being changed to, if any: its button shows loading, the others wait. */
  changing: { start: string; end: string } | null;
  onPick: (offer: IntervalOffer) => void;
}

/**
 * What a change refused as taken can move to instead: the free times of the same resource nearest to it,
 * as IntervalOffers shows them for a new booking, without the other rooms.
 */
export default function ChangeOffers({ offers, date, changing, onPick }: ChangeOffersProps) {
  return (
    <View className="change-offers" data-testid="interval-offers">
      <Text className="change-offers__title">该时间已被预约，可改为以下时间</Text>
      {offers.map((o, i) => {
        const day = dateOfIso(o.start);
        return (
          <View key={o.start} className="change-offers__row" data-testid={`offer-${i}`}>
            <Text className="change-offers__text">
              {day === date ? '' : `${longDate(day)} `}
              {rangeText(o)}
            </Text>
            <Button
              type="primary"
              size="small"
              loading={sameRange(o, changing)}
              disabled={changing !== null && !sameRange(o, changing)}
              onClick={() => onPick(o)}
            >
              改到此时间
            </Button>
          </View>
        );
      })}
    </View>
  );
}

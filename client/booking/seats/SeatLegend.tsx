import { Text, View } from '@tarojs/components';
import { yuan } from '@shared/rules/money';
import type { ZoneKey } from './selection';

const STATES = [
  { look: 'seat seat--z0 seat--taken', label: '已售' },
  { look: 'seat seat--z0 seat--chosen', label: '已选' },
  { look: 'seat seat--z0 seat--wheelchair', label: '轮椅位' },
  { look: 'seat seat--off', label: '不可售' },
];

/** The zones' colours with their full price, and what the other looks of a seat mean. */
export default function SeatLegend({ zones }: { zones: ZoneKey[] }) {
  return (
    <View className="seat-legend">
      {zones.map((z) => (
        <View key={z.index} className="seat-legend__item">
          <View className={`seat seat--z${z.index}`} />
          <Text className="seat-legend__text">
            {z.name}
            {z.priceFen !== undefined && ` ${yuan(z.priceFen)}`}
          </Text>
        </View>
      ))}
      {STATES.map((s) => (
        <View key={s.label} className="seat-legend__item">
          <View className={s.look} />
          <Text className="seat-legend__text seat-legend__text--muted">{s.label}</Text>
        </View>
      ))}
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import { yuan } from '@shared/rules/money';
import type { SeatChip } from './selection';

interface ChosenSeatsProps {
  chips: SeatChip[];
  /** At full price; undefined for a hall that sells free seats. */
  totalFen: number | undefined;
  max: number;
  onDrop: (seatId: string) => void;
}

/**
 * The chosen seats as chips (a tap drops one) and what they cost at full price; the ticket types come next.
 * Always the same outer View: Taro sends a changed list of children whole, so what appears here must not
 * change the list of the page's own children, which holds the map.
 */
export default function ChosenSeats({ chips, totalFen, max, onDrop }: ChosenSeatsProps) {
  return (
    <View className="chosen-seats">
      {chips.length === 0 ? (
        max > 0 && <Text className="chosen-seats__hint">点击座位图选座，每单最多{max}个座位</Text>
      ) : (
        <View className="chosen-seats__chips">
          {chips.map((c) => (
            <Text key={c.id} className="chosen-seats__chip" onClick={() => onDrop(c.id)}>
              {c.label}
              {c.priceFen !== undefined && ` ${yuan(c.priceFen)}`}
              <Text className="chosen-seats__drop">×</Text>
            </Text>
          ))}
        </View>
      )}
      {chips.length > 0 && totalFen !== undefined && (
        <Text className="chosen-seats__total">
          {chips.length}个座位，全价合计 <Text className="chosen-seats__amount">{yuan(totalFen)}</Text>
          （票种在下一步选择）
        </Text>
      )}
    </View>
  );
}

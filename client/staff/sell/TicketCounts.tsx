import { Text, View } from '@tarojs/components';
import { yuan } from '@shared/rules/money';
import type { Pricing } from '@shared/rules/policy';
import { countOf, stepCount, ticketCount, type Counts } from './form';

interface TicketCountsProps {
  pricing: Pricing;
  counts: Counts;
  /** The most tickets of all types together. */
  max: number;
  total: number;
  /** The total is the types' prices; the seats' zones may price the sale otherwise. */
  totalMayDiffer: boolean;
  error?: string;
  onChange: (counts: Counts) => void;
}

function Step({ label, off, testId, onTap }: { label: string; off: boolean; testId: string; onTap: () => void }) {
  return (
    <Text className={`sell-count__step${off ? ' sell-count__step--off' : ''}`} data-testid={testId} onClick={onTap}>
      {label}
    </Text>
  );
}

/** Per ticket type its price, what is checked at entry, and − count +; under them the total. */
export default function TicketCounts({
  pricing,
  counts,
  max,
  total,
  totalMayDiffer,
  error,
  onChange,
}: TicketCountsProps) {
  const all = ticketCount(pricing, counts);
  const step = (ticketTypeId: string, by: number) =>
    onChange({ ...counts, [ticketTypeId]: stepCount(pricing, counts, ticketTypeId, by, max) });
  return (
    <View className="sell-counts" data-testid="sell-counts">
      {pricing.ticketTypes.map((t) => {
        const n = countOf(counts, t.id);
        return (
          <View key={t.id} className="sell-count" data-testid={`sell-type-${t.id}`}>
            <View className="sell-count__type">
              <Text className="sell-count__name">
                {t.name} <Text className="sell-count__price">{yuan(t.priceFen)}</Text>
              </Text>
              {t.proof && <Text className="sell-count__proof">需查验{t.proof}</Text>}
            </View>
            <View className="sell-count__stepper">
              <Step label="−" off={n === 0} testId={`sell-minus-${t.id}`} onTap={() => step(t.id, -1)} />
              <Text className="sell-count__n">{n}</Text>
              <Step label="+" off={all >= max} testId={`sell-plus-${t.id}`} onTap={() => step(t.id, 1)} />
            </View>
          </View>
        );
      })}
      <View className="sell-counts__total">
        <Text>
          合计（{all}张）<Text className="sell-counts__max">每单最多{max}张</Text>
        </Text>
        <Text className="sell-counts__amount" data-testid="sell-total">
          {yuan(total)}
        </Text>
      </View>
      {totalMayDiffer && <Text className="sell-counts__note">按基础票价估算，座位区票价以出票金额为准</Text>}
      {error && <Text className="sell-counts__error">{error}</Text>}
    </View>
  );
}

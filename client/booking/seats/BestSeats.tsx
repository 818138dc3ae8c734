import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import Button from '../../ui/button';

interface BestSeatsProps {
  max: number;
  onPick: (count: number) => void;
}

/** 推荐座位: how many seats together (1 to max), then the best block of them is chosen on the map. */
export default function BestSeats({ max, onPick }: BestSeatsProps) {
  const [count, setCount] = useState(Math.min(2, max));
  const n = Math.max(1, Math.min(count, max));
  const step = (by: number) => setCount(Math.max(1, Math.min(max, n + by)));
  return (
    <View className="best-seats">
      <Text className="best-seats__label">人数</Text>
      <View className="best-seats__stepper">
        <Text className={`best-seats__step${n <= 1 ? ' best-seats__step--off' : ''}`} onClick={() => step(-1)}>
          −
        </Text>
        <Text className="best-seats__count">{n}</Text>
        <Text className={`best-seats__step${n >= max ? ' best-seats__step--off' : ''}`} onClick={() => step(1)}>
          +
        </Text>
      </View>
      <Button type="primary" fill="outline" size="small" disabled={max < 1} onClick={() => onPick(n)}>
        推荐座位
      </Button>
    </View>
  );
}

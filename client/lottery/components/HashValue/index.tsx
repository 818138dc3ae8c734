import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import './index.css';

interface HashValueProps {
  /** What the value is, above it. */
  label: string;
  value: string;
  testId?: string;
}

/** A published hash or seed in full, in monospace; a tap copies it (to check it elsewhere). */
export default function HashValue({ label, value, testId }: HashValueProps) {
  return (
    <View className="hash-value" onClick={() => Taro.setClipboardData({ data: value })}>
      <View className="hash-value__head">
        <Text className="hash-value__label">{label}</Text>
        <Text className="hash-value__copy">复制</Text>
      </View>
      <Text className="hash-value__text" data-testid={testId} userSelect>
        {value}
      </Text>
    </View>
  );
}

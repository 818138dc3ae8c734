import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.css';

/** A row of small buttons at the foot of a card; their taps do not reach the card. */
export default function Actions({ children }: { children: ReactNode }) {
  return (
    <View className="mgr-actions" onClick={(e) => e.stopPropagation()}>
      {children}
    </View>
  );
}

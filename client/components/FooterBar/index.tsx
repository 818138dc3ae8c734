import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.css';

/** The page's main action, fixed at the bottom (the page sets `withFooter` to leave room for it). */
export default function FooterBar({ children }: { children: ReactNode }) {
  return <View className="footer-bar">{children}</View>;
}

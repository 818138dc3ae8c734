import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.css';

interface CardProps {
  title: ReactNode;
  /** On the right of the title, e.g. a status tag. */
  extra?: ReactNode;
  testId?: string;
  onClick?: () => void;
  children?: ReactNode;
}

/** The white rounded card that lists and detail pages are made of. */
export default function Card({ title, extra, testId, onClick, children }: CardProps) {
  return (
    <View className="card" data-testid={testId} onClick={onClick}>
      <View className="card__head">
        <Text className="card__title">{title}</Text>
        {extra}
      </View>
      {children}
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import Card from '../Card';
import './index.css';

interface InfoCardProps {
  title: ReactNode;
  extra?: ReactNode;
  /** label → value rows; empty values are left out. */
  rows?: [string, ReactNode][];
  testId?: string;
  children?: ReactNode;
}

/** A card with label/value rows. */
export default function InfoCard({ title, extra, rows = [], testId, children }: InfoCardProps) {
  return (
    <Card title={title} extra={extra} testId={testId}>
      {rows
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([label, value]) => (
          <View key={label} className="info-card__row">
            <Text className="info-card__label">{label}</Text>
            <Text className="info-card__value">{value}</Text>
          </View>
        ))}
      {children}
    </Card>
  );
}

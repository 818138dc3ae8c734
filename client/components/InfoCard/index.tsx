import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.css';

interface InfoCardProps {
  title: ReactNode;
  extra?: ReactNode;
  /** label → value rows; empty values are left out. */
  rows?: [string, ReactNode][];
  children?: ReactNode;
}

/** A white card with a title, an optional tag on the right, and label/value rows. */
export default function InfoCard({ title, extra, rows = [], children }: InfoCardProps) {
  return (
    <View className="info-card">
      <View className="info-card__head">
        <Text className="info-card__title">{title}</Text>
        {extra}
      </View>
      {rows
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([label, value]) => (
          <View key={label} className="info-card__row">
            <Text className="info-card__label">{label}</Text>
            <Text className="info-card__value">{value}</Text>
          </View>
        ))}
      {children}
    </View>
  );
}

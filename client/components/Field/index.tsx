import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.css';

/** A labelled form row with its error message under it. */
export default function Field({ label, error, children }: { label: string; error?: string; children: ReactNode }) {
  return (
    <View className={`field${error ? ' field--error' : ''}`}>
      <Text className="field__label">{label}</Text>
      <View className="field__control">{children}</View>
      {error && <Text className="field__error">{error}</Text>}
    </View>
  );
}

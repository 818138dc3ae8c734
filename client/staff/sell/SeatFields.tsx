import { Switch, Text, View } from '@tarojs/components';
import Field from '../../components/Field';
import type { SaleFields } from './PaymentFields';

/** 推荐座位 on a seated session: the best free seats together, shown on the tickets once sold. */
export default function SeatFields({ form }: { form: SaleFields }) {
  return (
    <View className="sell-form">
      <Field label="推荐座位" error={form.error('bestSeats')}>
        <View className="sell-form__switch">
          <Text className="sell-form__hint">系统选择相邻的最佳空座</Text>
          <Switch
            checked={form.values.bestSeats}
            color="#1677ff"
            data-testid="sell-best-seats"
            onChange={(e) => form.set('bestSeats', e.detail.value)}
          />
        </View>
      </Field>
    </View>
  );
}

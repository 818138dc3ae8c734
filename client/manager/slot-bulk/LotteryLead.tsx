import { Text, View } from '@tarojs/components';
import NumberField from '../components/NumberField';
import { LOTTERY_FIELDS, type BulkValues, type LotteryPath } from './bulk';

interface LotteryLeadProps {
  values: BulkValues;
  error: (path: string) => string | undefined;
  onChange: (path: LotteryPath, hours: string) => void;
}

/** A lottery resource's close and draw, in hours before each session starts. */
export default function LotteryLead({ values, error, onChange }: LotteryLeadProps) {
  return (
    <View>
      <Text className="section-title">抽签（按各时段开始前计算）</Text>
      <View className="bulk-form__group">
        {(Object.keys(LOTTERY_FIELDS) as LotteryPath[]).map((path) => (
          <NumberField
            key={path}
            label={LOTTERY_FIELDS[path]}
            unit="小时前"
            value={values[path]}
            error={error(path)}
            onChange={(v) => onChange(path, v)}
          />
        ))}
      </View>
      <Text className="bulk-form__hint">
        报名截止后才能抽签：抽签时间须在报名截止之后（开始前的小时数不大于报名截止的）。
      </Text>
    </View>
  );
}

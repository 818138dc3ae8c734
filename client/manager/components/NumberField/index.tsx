import { Text, View } from '@tarojs/components';
import Input from '../../../ui/input';
import Field from '../../../components/Field';
import './index.css';

interface NumberFieldProps {
  label: string;
  unit: string;
  /** The typed text (empty while the field is cleared). */
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** A labelled whole-number input followed by its unit: 停止预约 [60] 分钟. */
export default function NumberField({ label, unit, value, error, onChange }: NumberFieldProps) {
  return (
    <Field label={label} error={error}>
      <View className="number-field">
        <Input type="number" value={value} placeholder="请输入" maxLength={6} onChange={onChange} />
        <Text className="number-field__unit">{unit}</Text>
      </View>
    </Field>
  );
}

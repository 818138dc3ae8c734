import { Text, View } from '@tarojs/components';
import Input from '../../ui/input';
import Field from '../Field';
import './PurposeFields.css';

/** The form holding them (methods, so the page's wider form fits). */
interface PurposeForm {
  values: { purpose: string; headcount: string };
  set(key: 'purpose' | 'headcount', value: string): void;
  error(path: 'purpose' | 'headcount'): string | undefined;
}

interface PurposeFieldsProps {
  form: PurposeForm;
  /** The seats of the resource: the most people it takes. */
  capacity: number;
  /** An example purpose, as the page's users would write it. */
  example: string;
}

/** 使用目的 and 人数 of a booking by the hour, with the seats beside the headcount (rows of the page's form card). */
export default function PurposeFields({ form, capacity, example }: PurposeFieldsProps) {
  const { values, set, error } = form;
  return (
    <>
      <Field label="使用目的" error={error('purpose')}>
        <Input value={values.purpose} placeholder={example} maxLength={100} onChange={(v) => set('purpose', v)} />
      </Field>
      <Field label="人数" error={error('headcount')}>
        <View className="purpose-fields__count">
          <Input
            type="number"
            value={values.headcount}
            placeholder="使用人数"
            maxLength={3}
            onChange={(v) => set('headcount', v)}
          />
          <Text className="purpose-fields__seats">最多{capacity}人</Text>
        </View>
      </Field>
    </>
  );
}

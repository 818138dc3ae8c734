import { View } from '@tarojs/components';
import { PAYMENT_METHOD_LABELS } from '@shared/contract/order';
import Input from '../../ui/input';
import Field from '../../components/Field';
import OptionButtons from '../../components/OptionButtons';
import { SALE_METHODS, type SaleForm } from './form';

/** What the sale's fields use of the form (useForm's handle). */
export interface SaleFields {
  values: SaleForm;
  set<K extends keyof SaleForm>(key: K, value: SaleForm[K]): void;
  error(path: string): string | undefined;
}

/** How the money is taken at the window: cash, or the venue's card terminal with its slip number. */
export default function PaymentFields({ form }: { form: SaleFields }) {
  const { values, set, error } = form;
  return (
    <View className="sell-form">
      <Field label="收款方式" error={error('method')}>
        <OptionButtons
          value={values.method}
          options={SALE_METHODS}
          label={(m) => PAYMENT_METHOD_LABELS[m]}
          onChange={(m) => set('method', m)}
          testId="sell-method"
        />
      </Field>
      {values.method === 'terminal' && (
        <Field label="凭证号" error={error('reference')}>
          <Input
            value={values.reference}
            placeholder="刷卡小票上的凭证号（选填）"
            maxLength={40}
            onChange={(v) => set('reference', v)}
          />
        </Field>
      )}
    </View>
  );
}

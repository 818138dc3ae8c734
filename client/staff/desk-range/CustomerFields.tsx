import { Text, Textarea, View } from '@tarojs/components';
import { ID_TYPE_SHORT_LABELS, ID_TYPES } from '@shared/rules/idDocument';
import Input from '../../ui/input';
import DeskConsent from '../components/DeskConsent';
import Field from '../../components/Field';
import OptionButtons from '../../components/OptionButtons';
import type { DeskRangeForm } from './useDeskRange';

interface CustomerFieldsProps {
  form: DeskRangeForm;
  /** The seats of the chosen resource. */
  capacity: number;
  /** The resource records the customer's ID document. */
  realName: boolean;
}

/** Who the booking is for (the customer and their company), what for, how many people, and their needs. */
export default function CustomerFields({ form, capacity, realName }: CustomerFieldsProps) {
  const { values, set, error } = form;
  return (
    <View>
      <Text className="section-title">客户信息</Text>
      <View className="desk-range__form">
        <Field label="客户姓名" error={error('name')}>
          <Input value={values.name} placeholder="联系人姓名" maxLength={30} onChange={(v) => set('name', v)} />
        </Field>
        <Field label="联系电话" error={error('phone')}>
          <Input
            type="number"
            value={values.phone}
            placeholder="11位手机号"
            maxLength={11}
            onChange={(v) => set('phone', v)}
          />
        </Field>
        <Field label="公司名称" error={error('company')}>
          <Input value={values.company} placeholder="客户所在公司" maxLength={60} onChange={(v) => set('company', v)} />
        </Field>
        {realName && (
          <Field label="证件类型" error={error('idType')}>
            <OptionButtons
              value={values.idType}
              options={ID_TYPES}
              label={(t) => ID_TYPE_SHORT_LABELS[t]}
              onChange={(t) => set('idType', t)}
            />
          </Field>
        )}
        {realName && (
          <Field label="证件号码" error={error('idNumber')}>
            <Input
              value={values.idNumber}
              placeholder="该项目需登记客户证件"
              maxLength={32}
              onChange={(v) => set('idNumber', v)}
            />
          </Field>
        )}
      </View>
      <Text className="section-title">预约信息</Text>
      <View className="desk-range__form">
        <Field label="使用目的" error={error('purpose')}>
          <Input
            value={values.purpose}
            placeholder="如：产品演示、商务洽谈"
            maxLength={100}
            onChange={(v) => set('purpose', v)}
          />
        </Field>
        <Field label="人数" error={error('headcount')}>
          <View className="desk-range__count">
            <Input
              type="number"
              value={values.headcount}
              placeholder="使用人数"
              maxLength={3}
              onChange={(v) => set('headcount', v)}
            />
            <Text className="desk-range__hint">最多{capacity}人</Text>
          </View>
        </Field>
        <Field label="特殊需求" error={error('needs')}>
          <Textarea
            className="desk-range__textarea"
            value={values.needs}
            placeholder="如：需要茶歇、投影、接待引导（选填）"
            maxlength={200}
            onInput={(e) => set('needs', e.detail.value)}
          />
        </Field>
      </View>
      <DeskConsent
        checked={values.consent}
        onChange={(v) => set('consent', v)}
        who="客户"
        error={error('consent')}
        testId="range-consent-error"
      />
    </View>
  );
}

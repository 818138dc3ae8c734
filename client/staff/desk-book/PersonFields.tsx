import { Text, Textarea, View } from '@tarojs/components';
import { ID_TYPE_SHORT_LABELS, ID_TYPES } from '@shared/rules/idDocument';
import Input from '../../ui/input';
import DeskConsent from '../components/DeskConsent';
import Field from '../../components/Field';
import OptionButtons from '../../components/OptionButtons';
import type { useForm } from '../../hooks/useForm';
import type { DeskForm } from './form';

export type DeskFormHandle = ReturnType<typeof useForm<DeskForm, 'desk.book'>>;

/** Who the booking is for: as on their ID, how to reach them, and what the venue should know. */
export default function PersonFields({ form }: { form: DeskFormHandle }) {
  const { values, set, error } = form;
  return (
    <View>
      <Text className="section-title">预约人信息</Text>
      <View className="desk-form">
        <Field label="姓名" error={error('name')}>
          <Input value={values.name} placeholder="与证件一致的姓名" maxLength={30} onChange={(v) => set('name', v)} />
        </Field>
        <Field label="手机号" error={error('phone')}>
          <Input
            type="number"
            value={values.phone}
            placeholder="11位手机号，用于核验和联系"
            maxLength={11}
            onChange={(v) => set('phone', v)}
          />
        </Field>
        <Field label="证件类型" error={error('idType')}>
          <OptionButtons
            value={values.idType}
            options={ID_TYPES}
            label={(t) => ID_TYPE_SHORT_LABELS[t]}
            onChange={(t) => set('idType', t)}
          />
        </Field>
        <Field label="证件号码" error={error('idNumber')}>
          <Input
            value={values.idNumber}
            placeholder="请输入证件号码"
            maxLength={32}
            onChange={(v) => set('idNumber', v)}
          />
        </Field>
        <Field label="单位/公司" error={error('company')}>
          <Input value={values.company} placeholder="选填" maxLength={60} onChange={(v) => set('company', v)} />
        </Field>
        <Field label="特殊需求" error={error('needs')}>
          <Textarea
            className="desk-form__textarea"
            value={values.needs}
            placeholder="如：轮椅通行、需要讲解（选填）"
            maxlength={200}
            onInput={(e) => set('needs', e.detail.value)}
          />
        </Field>
      </View>
      <DeskConsent
        checked={values.consent}
        onChange={(v) => set('consent', v)}
        who="对方"
        error={error('consent')}
        testId="desk-consent-error"
      />
      <Text className="desk-form__hint">
        证件号码和手机号加密保存，仅以脱敏形式展示；入场时凭证件或手机号由现场服务人员核验。
      </Text>
    </View>
  );
}

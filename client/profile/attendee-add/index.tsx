import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { attendeeAddInput, parseInput, type AttendeeAddInput } from '@shared/contract';
import type { FieldError } from '@shared/errors';
import type { IdType } from '@shared/rules/idDocument';
import Button from '../../ui/button';
import Checkbox from '../../ui/checkbox';
import Input from '../../ui/input';
import Radio from '../../ui/radio';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import Page from '../../components/Page';
import SignInGate from '../../components/SignInGate';
import { useAction } from '../../hooks/useAction';
import { CallError } from '../../services/callError';
import { toastError, toastSuccess } from '../../services/toast';
import './index.css';

const ID_TYPE_OPTIONS: { value: IdType; label: string }[] = [
  { value: 'id_card', label: '身份证' },
  { value: 'passport', label: '护照' },
  { value: 'hk_macao', label: '港澳通行证' },
  { value: 'taiwan', label: '台湾通行证' },
];

type Form = Omit<AttendeeAddInput, 'consent'> & { consent: boolean };
type Errors = Partial<Record<keyof Form, string>>;

/** The first message per field, keyed by the field's top-level name (the server's paths start with `data.`). */
function toErrors(fields: FieldError[]): Errors {
  const errors: Errors = {};
  for (const f of fields) {
    const key = f.path.replace(/^data\./, '').split('.')[0] as keyof Form;
    errors[key] ??= f.message;
  }
  return errors;
}

function AttendeeForm() {
  const [form, setForm] = useState<Form>({ name: '', phone: '', idType: 'id_card', idNumber: '', consent: false });
  const [errors, setErrors] = useState<Errors>({});
  const add = useAction('attendee.add');

  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const submit = async () => {
    const parsed = parseInput(attendeeAddInput, form);
    if (!parsed.ok) {
      setErrors(toErrors(parsed.fields));
      return;
    }
    try {
      await add.run(parsed.data);
      toastSuccess('已添加');
      setTimeout(() => Taro.navigateBack(), 800);
    } catch (e) {
      if (e instanceof CallError && e.code === 'INVALID_INPUT' && e.fields.length) setErrors(toErrors(e.fields));
      toastError(e);
    }
  };

  return (
    <View>
      <View className="attendee-form">
        <Field label="姓名" error={errors.name}>
          <Input value={form.name} placeholder="与证件一致的姓名" maxLength={30} onChange={(v) => set('name', v)} />
        </Field>
        <Field label="手机号" error={errors.phone}>
          <Input
            type="number"
            value={form.phone}
            placeholder="11位手机号"
            maxLength={11}
            onChange={(v) => set('phone', v)}
          />
        </Field>
        <Field label="证件类型" error={errors.idType}>
          <Radio.Group
            className="attendee-form__types"
            direction="horizontal"
            shape="button"
            value={form.idType}
            onChange={(v) => set('idType', v as IdType)}
          >
            {ID_TYPE_OPTIONS.map((o) => (
              <Radio key={o.value} value={o.value} shape="button">
                {o.label}
              </Radio>
            ))}
          </Radio.Group>
        </Field>
        <Field label="证件号码" error={errors.idNumber}>
          <Input
            value={form.idNumber}
            placeholder="请输入证件号码"
            maxLength={32}
            onChange={(v) => set('idNumber', v)}
          />
        </Field>
      </View>
      <View className="attendee-form__consent">
        <Checkbox checked={form.consent} onChange={(v) => set('consent', v)} label="我已阅读并同意" />
        <Text className="attendee-form__link" onClick={() => Taro.navigateTo({ url: '/profile/privacy/index' })}>
          《个人信息保护说明》
        </Text>
      </View>
      {errors.consent && <Text className="attendee-form__error">{errors.consent}</Text>}
      <Text className="attendee-form__hint">
        姓名、手机号和证件号码用于实名预约和现场核验。证件号码加密保存，仅以脱敏形式展示。
      </Text>
      <FooterBar>
        <Button type="primary" block size="large" loading={add.busy} onClick={submit}>
          保存
        </Button>
      </FooterBar>
    </View>
  );
}

export default function AttendeeAddPage() {
  return (
    <Page withFooter>
      <SignInGate>
        <AttendeeForm />
      </SignInGate>
    </Page>
  );
}

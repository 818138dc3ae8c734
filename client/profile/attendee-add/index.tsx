import { Text, View } from '@tarojs/components';
import { attendeeAddInput } from '@shared/contract/attendee';
import { ID_TYPE_SHORT_LABELS, ID_TYPES, type IdType } from '@shared/rules/idDocument';
import Button from '../../ui/button';
import Checkbox from '../../ui/checkbox';
import Input from '../../ui/input';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import OptionButtons from '../../components/OptionButtons';
import { definePage } from '../../components/Page';
import { useForm } from '../../hooks/useForm';
import { goBack, navigate } from '../../services/navigate';
import './index.css';

function AttendeeForm() {
  const form = useForm('attendee.add', {
    initial: { name: '', phone: '', idType: 'id_card' as IdType, idNumber: '', consent: false },
    toInput: (v) => v,
    schema: attendeeAddInput,
    success: '已添加',
    onDone: () => goBack(800),
  });
  const { values, set } = form;

  return (
    <View>
      <View className="attendee-form">
        <Field label="姓名" error={form.error('name')}>
          <Input value={values.name} placeholder="与证件一致的姓名" maxLength={30} onChange={(v) => set('name', v)} />
        </Field>
        <Field label="手机号" error={form.error('phone')}>
          <Input
            type="number"
            value={values.phone}
            placeholder="11位手机号"
            maxLength={11}
            onChange={(v) => set('phone', v)}
          />
        </Field>
        <Field label="证件类型" error={form.error('idType')}>
          <OptionButtons
            value={values.idType}
            options={ID_TYPES}
            label={(t) => ID_TYPE_SHORT_LABELS[t]}
            onChange={(t) => set('idType', t)}
          />
        </Field>
        <Field label="证件号码" error={form.error('idNumber')}>
          <Input
            value={values.idNumber}
            placeholder="请输入证件号码"
            maxLength={32}
            onChange={(v) => set('idNumber', v)}
          />
        </Field>
      </View>
      <View className="attendee-form__consent">
        <Checkbox checked={values.consent} onChange={(v) => set('consent', v)} label="我已阅读并同意" />
        <Text className="attendee-form__link" onClick={() => navigate('profile/privacy/index')}>
          《个人信息保护说明》
        </Text>
      </View>
      {form.error('consent') && <Text className="attendee-form__error">{form.error('consent')}</Text>}
      <Text className="attendee-form__hint">
        姓名、手机号和证件号码用于实名预约和现场核验。证件号码加密保存，仅以脱敏形式展示。
      </Text>
      <FooterBar>
        <Button type="primary" block size="large" loading={form.busy} onClick={form.submit}>
          保存
        </Button>
      </FooterBar>
    </View>
  );
}

export default definePage(AttendeeForm, { withFooter: true });

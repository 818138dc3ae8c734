import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import {
  COMPLAINT_CHANNEL_LABELS,
  OFFLINE_CHANNELS,
  complaintRegisterInput,
  grantsRole,
  parseInput,
  type ComplaintCategory,
  type ComplaintView,
} from '@shared/contract';
import Button from '../../ui/button';
import Input from '../../ui/input';
import Radio from '../../ui/radio';
import CategoryPicker from '../../components/CategoryPicker';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import Page from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import SignInGate from '../../components/SignInGate';
import { useThrowingAction } from '../../hooks/useThrowingAction';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { CallError } from '../../services/callError';
import { toastError, toastSuccess } from '../../services/toast';
import { toFieldErrors, type FieldErrors } from '../../utils/fieldErrors';
import Registered from './Registered';
import './index.css';

type Channel = (typeof OFFLINE_CHANNELS)[number];

interface Form {
  channel: Channel | '';
  category: ComplaintCategory | '';
  content: string;
  contact: string;
  name: string;
  expected: string;
}

const EMPTY: Form = { channel: '', category: '', content: '', contact: '', name: '', expected: '' };

/** What complaint.register takes, before the schema checks it: choices not made and blank texts left out. */
const inputOf = (f: Form) => ({
  channel: f.channel || undefined,
  category: f.category || undefined,
  content: f.content,
  contact: f.contact,
  name: f.name.trim() || undefined,
  expected: f.expected.trim() || undefined,
});

/** The schema's errors, with a plain request for a choice not made. */
function formErrors(form: Form, fields: Parameters<typeof toFieldErrors>[0]): FieldErrors {
  const errors = toFieldErrors(fields);
  if (!form.channel) errors.channel = '请选择投诉来源';
  if (!form.category) errors.category = '请选择投诉类别';
  return errors;
}

function RegisterForm({ onRegistered }: { onRegistered: (c: ComplaintView) => void }) {
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const register = useThrowingAction('complaint.register');

  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const submit = async () => {
    const parsed = parseInput(complaintRegisterInput, inputOf(form));
    if (!parsed.ok) {
      setErrors(formErrors(form, parsed.fields));
      return;
    }
    try {
      const complaint = await register.run(parsed.data);
      toastSuccess('已登记');
      setForm(EMPTY);
      onRegistered(complaint);
    } catch (e) {
      if (e instanceof CallError && e.code === 'INVALID_INPUT' && e.fields.length) setErrors(toFieldErrors(e.fields));
      toastError(e);
    }
  };

  return (
    <View>
      <View className="register-form">
        <Field label="投诉来源" error={errors.channel}>
          <Radio.Group
            className="register-form__options"
            direction="horizontal"
            shape="button"
            value={form.channel}
            onChange={(v) => set('channel', v as Channel)}
          >
            {OFFLINE_CHANNELS.map((c) => (
              <Radio key={c} value={c} shape="button">
                {COMPLAINT_CHANNEL_LABELS[c]}
              </Radio>
            ))}
          </Radio.Group>
        </Field>
        <Field label="投诉类别" error={errors.category}>
          <CategoryPicker
            className="register-form__options"
            value={form.category}
            onChange={(c) => set('category', c)}
          />
        </Field>
        <Field label="投诉内容" error={errors.content}>
          <Textarea
            className="register-form__textarea"
            value={form.content}
            placeholder="投诉人反映的问题：时间、地点、经过"
            maxlength={1000}
            onInput={(e) => set('content', e.detail.value)}
          />
        </Field>
        <Field label="联系方式" error={errors.contact}>
          <Input
            value={form.contact}
            placeholder="手机号或其他联系方式（必填）"
            maxLength={50}
            onChange={(v) => set('contact', v)}
          />
        </Field>
        <Field label="投诉人" error={errors.name}>
          <Input
            value={form.name}
            placeholder="姓名或称呼，如：张先生（选填）"
            maxLength={30}
            onChange={(v) => set('name', v)}
          />
        </Field>
        <Field label="期望解决" error={errors.expected}>
          <Textarea
            className="register-form__textarea"
            value={form.expected}
            placeholder="投诉人期望的解决方式（选填）"
            maxlength={500}
            onInput={(e) => set('expected', e.detail.value)}
          />
        </Field>
      </View>
      <Text className="register-form__hint">
        用于登记电话、现场、意见箱和网络渠道收到的投诉。登记后由客服中心转交处理部门，联系方式加密保存，仅客服中心可见完整号码。
      </Text>
      <FooterBar>
        <Button
          type="primary"
          block
          size="large"
          loading={register.busy}
          data-testid="register-submit"
          onClick={submit}
        >
          登记投诉
        </Button>
      </FooterBar>
    </View>
  );
}

function Register() {
  const [done, setDone] = useState<ComplaintView | null>(null);
  if (done) return <Registered complaint={done} onAnother={() => setDone(null)} />;
  return <RegisterForm onRegistered={setDone} />;
}

function RegisterGate() {
  const me = useRemote(() => call('user.me', {}), []);
  return (
    <RemoteView
      state={me.state}
      onRetry={me.reload}
      empty="无权限"
      isEmpty={(data) => !grantsRole(data.roles, 'staff')}
      emptyAction={
        <Text className="register__no-access" data-testid="register-no-access">
          仅现场服务人员可登记投诉，如需开通请联系领导小组授权。
        </Text>
      }
    >
      {() => <Register />}
    </RemoteView>
  );
}

export default function ComplaintRegisterPage() {
  return (
    <Page withFooter>
      <SignInGate>
        <RegisterGate />
      </SignInGate>
    </Page>
  );
}

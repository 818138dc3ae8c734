import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import {
  COMPLAINT_CHANNEL_LABELS,
  OFFLINE_CHANNELS,
  complaintRegisterInput,
  type ComplaintCategory,
} from '@shared/contract/complaint';
import { grantsRole } from '@shared/contract/roles';
import type { ComplaintView } from '@shared/contract/types';
import Button from '../../ui/button';
import Input from '../../ui/input';
import CategoryPicker, { chosen, chosenCategory } from '../../components/CategoryPicker';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import OptionButtons from '../../components/OptionButtons';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useForm } from '../../hooks/useForm';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import Registered from './Registered';
import './index.css';

type Channel = (typeof OFFLINE_CHANNELS)[number];

interface Form {
  channel: Channel | undefined;
  category: ComplaintCategory | undefined;
  content: string;
  contact: string;
  name: string;
  expected: string;
}

const EMPTY: Form = { channel: undefined, category: undefined, content: '', contact: '', name: '', expected: '' };

/** What complaint.register takes, before the schema checks it: blank optional texts left out. */
const inputOf = (f: Form) => ({
  channel: f.channel,
  category: f.category,
  content: f.content,
  contact: f.contact,
  name: f.name.trim() || undefined,
  expected: f.expected.trim() || undefined,
});

/** The action's schema, with a plain request for a choice not made. */
const registerFormSchema = complaintRegisterInput.extend({
  channel: chosen(OFFLINE_CHANNELS, '请选择投诉来源'),
  category: chosenCategory,
});

function RegisterForm({ onRegistered }: { onRegistered: (c: ComplaintView) => void }) {
  const form = useForm('complaint.register', {
    initial: EMPTY,
    toInput: inputOf,
    schema: registerFormSchema,
    success: '已登记',
    onDone: onRegistered,
  });
  const { values, set, error } = form;

  return (
    <View>
      <View className="register-form">
        <Field label="投诉来源" error={error('channel')}>
          <OptionButtons
            value={values.channel}
            options={OFFLINE_CHANNELS}
            label={(c) => COMPLAINT_CHANNEL_LABELS[c]}
            onChange={(c) => set('channel', c)}
          />
        </Field>
        <Field label="投诉类别" error={error('category')}>
          <CategoryPicker value={values.category} onChange={(c) => set('category', c)} />
        </Field>
        <Field label="投诉内容" error={error('content')}>
          <Textarea
            className="register-form__textarea"
            value={values.content}
            placeholder="投诉人反映的问题：时间、地点、经过"
            maxlength={1000}
            onInput={(e) => set('content', e.detail.value)}
          />
        </Field>
        <Field label="联系方式" error={error('contact')}>
          <Input
            value={values.contact}
            placeholder="手机号或其他联系方式（必填）"
            maxLength={50}
            onChange={(v) => set('contact', v)}
          />
        </Field>
        <Field label="投诉人" error={error('name')}>
          <Input
            value={values.name}
            placeholder="姓名或称呼，如：张先生（选填）"
            maxLength={30}
            onChange={(v) => set('name', v)}
          />
        </Field>
        <Field label="期望解决" error={error('expected')}>
          <Textarea
            className="register-form__textarea"
            value={values.expected}
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
          loading={form.busy}
          data-testid="register-submit"
          onClick={form.submit}
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

export default definePage(RegisterGate, { withFooter: true });

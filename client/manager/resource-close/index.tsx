import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { parseInput, resourceCloseInput, type ResourceView } from '@shared/contract';
import Button from '../../ui/button';
import Input from '../../ui/input';
import ConfirmDialog from '../../components/ConfirmDialog';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import Page from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import SignInGate from '../../components/SignInGate';
import { useThrowingAction } from '../../hooks/useThrowingAction';
import { useRemote } from '../../hooks/useRemote';
import { CallError } from '../../services/callError';
import { toastError, toastSuccess } from '../../services/toast';
import { longDate, today } from '../../utils/format';
import { toFieldErrors, type FieldErrors } from '../../utils/fieldErrors';
import PickerValue from '../components/PickerValue';
import { loadResource } from '../load';
import './index.css';

interface Form {
  from: string;
  to: string;
  reason: string;
}

function CloseForm({ resource }: { resource: ResourceView }) {
  const [form, setForm] = useState<Form>(() => ({ from: today(), to: today(), reason: '' }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [asking, setAsking] = useState(false);
  const close = useThrowingAction('admin.resource.close');

  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const parsed = () => parseInput(resourceCloseInput, { resourceId: resource.id, ...form });

  const ask = () => {
    const checked = parsed();
    if (checked.ok) setAsking(true);
    else setErrors(toFieldErrors(checked.fields));
  };

  const confirm = async () => {
    const checked = parsed();
    if (!checked.ok) return;
    try {
      const { closed } = await close.run(checked.data);
      toastSuccess(`已关闭${closed}个时段`);
      setTimeout(() => Taro.navigateBack(), 1500);
    } catch (e) {
      if (e instanceof CallError && e.code === 'INVALID_INPUT' && e.fields.length) setErrors(toFieldErrors(e.fields));
      toastError(e);
    }
  };

  const range = form.from === form.to ? longDate(form.from) : `${longDate(form.from)} 至 ${longDate(form.to)}`;

  return (
    <View>
      <InfoCard title={resource.name} rows={[['地点', resource.location]]} />
      <Text className="section-title">暂停时间</Text>
      <View className="close-form">
        <Field label="开始日期" error={errors.from}>
          <PickerValue
            mode="date"
            value={form.from}
            start={today()}
            testId="mgr-close-from"
            onChange={(v) => set('from', v)}
          />
        </Field>
        <Field label="结束日期" error={errors.to}>
          <PickerValue
            mode="date"
            value={form.to}
            start={form.from}
            testId="mgr-close-to"
            onChange={(v) => set('to', v)}
          />
        </Field>
        <Field label="暂停原因" error={errors.reason}>
          <Input
            value={form.reason}
            placeholder="观众可见，如：展品维护"
            maxLength={100}
            onChange={(v) => set('reason', v)}
          />
        </Field>
      </View>
      <Text className="close-form__warn">
        暂停期间该项目的所有时段都将关闭，已有的预约和候补全部取消，系统会通知相关观众并推荐最近的可约时段。
      </Text>
      <FooterBar>
        <Button type="danger" block size="large" loading={close.busy} onClick={ask}>
          暂停开放
        </Button>
      </FooterBar>
      <ConfirmDialog
        visible={asking}
        title="暂停开放"
        content={`确定暂停「${resource.name}」${range}的全部时段吗？已有预约将被取消并通知观众。`}
        confirmText="确认暂停"
        onConfirm={confirm}
        onClose={() => setAsking(false)}
      />
    </View>
  );
}

function Close() {
  const { resourceId = '' } = useRouter().params;
  const resource = useRemote(() => loadResource(resourceId), [resourceId]);
  return (
    <RemoteView state={resource.state} onRetry={resource.reload}>
      {(r) => <CloseForm resource={r} />}
    </RemoteView>
  );
}

export default function ResourceClosePage() {
  return (
    <Page withFooter>
      <SignInGate>
        <Close />
      </SignInGate>
    </Page>
  );
}

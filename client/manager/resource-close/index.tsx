import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { parseInput } from '@shared/contract/zh';
import { resourceCloseInput } from '@shared/contract/admin';
import type { ResourceView } from '@shared/contract/types';
import Button from '../../ui/button';
import Input from '../../ui/input';
import ConfirmDialog from '../../components/ConfirmDialog';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useForm } from '../../hooks/useForm';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { goBack } from '../../services/navigate';
import { longDate, today } from '../../utils/format';
import PickerValue from '../components/PickerValue';
import { loadResource } from '../load';
import { closureCopy } from './copy';
import './index.css';

interface Closure {
  from: string;
  to: string;
  reason: string;
}

function CloseForm({ resource }: { resource: ResourceView }) {
  const [asking, setAsking] = useState(false);
  const copy = closureCopy(resource);
  const toInput = (v: Closure) => ({ resourceId: resource.id, ...v });
  const form = useForm('admin.resource.close', {
    initial: { from: today(), to: today(), reason: '' },
    toInput,
    schema: resourceCloseInput,
    success: ({ closed }) => copy.done(closed),
    onDone: () => goBack(1500),
  });
  const { values, set } = form;

  /** Asks before closing once the form passes its check; else submit shows what is wrong and sends nothing. */
  const ask = () => (parseInput(resourceCloseInput, toInput(values)).ok ? setAsking(true) : form.submit());

  const range =
    values.from === values.to ? longDate(values.from) : `${longDate(values.from)} 至 ${longDate(values.to)}`;

  return (
    <View>
      <InfoCard title={resource.name} rows={[['地点', resource.location]]} />
      <Text className="section-title">暂停时间</Text>
      <View className="close-form">
        <Field label="开始日期" error={form.error('from')}>
          <PickerValue
            mode="date"
            value={values.from}
            start={today()}
            testId="mgr-close-from"
            onChange={(v) => set('from', v)}
          />
        </Field>
        <Field label="结束日期" error={form.error('to')}>
          <PickerValue
            mode="date"
            value={values.to}
            start={values.from}
            testId="mgr-close-to"
            onChange={(v) => set('to', v)}
          />
        </Field>
        <Field label="暂停原因" error={form.error('reason')}>
          <Input
            value={values.reason}
            placeholder="观众可见，如：展品维护"
            maxLength={100}
            onChange={(v) => set('reason', v)}
          />
        </Field>
      </View>
      <Text className="close-form__warn">{copy.warning}</Text>
      <FooterBar>
        <Button type="danger" block size="large" loading={form.busy} onClick={ask}>
          暂停开放
        </Button>
      </FooterBar>
      <ConfirmDialog
        visible={asking}
        title="暂停开放"
        content={copy.question(range)}
        confirmText="确认暂停"
        onConfirm={form.submit}
        onClose={() => setAsking(false)}
      />
    </View>
  );
}

function Close() {
  const { resourceId } = usePageParams('manager/resource-close/index');
  const resource = useRemote(() => loadResource(resourceId), [resourceId]);
  return (
    <RemoteView state={resource.state} onRetry={resource.reload}>
      {(r) => <CloseForm resource={r} />}
    </RemoteView>
  );
}

export default definePage(Close, { withFooter: true });

import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { slotBulkCreateInput } from '@shared/contract/admin';
import type { ResourceView } from '@shared/contract/types';
import Button from '../../ui/button';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useForm } from '../../hooks/useForm';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import type { ClosedDays } from '@shared/rules/slotBulk';
import { today } from '../../utils/format';
import NumberField from '../components/NumberField';
import PickerValue from '../components/PickerValue';
import { loadResource } from '../load';
import { initialValues, inputOf, preview, type BulkValues } from './bulk';
import LotteryLead from './LotteryLead';
import Preview from './Preview';
import TimeRows from './TimeRows';
import WeekdayChecks from './WeekdayChecks';
import './index.css';

function BulkForm({ resource, closed }: { resource: ResourceView; closed: ClosedDays }) {
  const lottery = resource.allocation === 'lottery';
  const [result, setResult] = useState<{ created: number; skipped: number } | null>(null);
  const form = useForm('admin.slot.bulkCreate', {
    initial: initialValues(Date.now()),
    toInput: (v) => inputOf(v, resource.id, lottery),
    schema: slotBulkCreateInput,
    success: ({ created }) => `已生成${created}个时段`,
    onDone: setResult,
  });
  const { values, error } = form;

  /** A change makes the last result out of date. */
  const set = <K extends keyof BulkValues & string>(key: K, value: BulkValues[K]) => {
    form.set(key, value);
    setResult(null);
  };

  return (
    <View className="bulk-form">
      <InfoCard title={resource.name} rows={[['地点', resource.location]]} />

      <Text className="section-title">日期范围（一次最多93天）</Text>
      <View className="bulk-form__group">
        <Field label="开始日期" error={error('from')}>
          <PickerValue
            mode="date"
            value={values.from}
            start={today()}
            testId="mgr-bulk-from"
            onChange={(v) => set('from', v)}
          />
        </Field>
        <Field label="结束日期" error={error('to')}>
          <PickerValue
            mode="date"
            value={values.to}
            start={values.from}
            testId="mgr-bulk-to"
            onChange={(v) => set('to', v)}
          />
        </Field>
      </View>

      <Text className="section-title">每周重复</Text>
      <View className="bulk-form__group bulk-form__week">
        <WeekdayChecks value={values.weekdays} onChange={(v) => set('weekdays', v)} />
      </View>
      {error('weekdays') && <Text className="bulk-form__error">{error('weekdays')}</Text>}

      <Text className="section-title">每天的时间段</Text>
      <TimeRows rows={values.times} error={(i) => error(`times.${i}`)} onChange={(rows) => set('times', rows)} />
      {form.errors.times && <Text className="bulk-form__error">{form.errors.times}</Text>}

      <Text className="section-title">名额</Text>
      <View className="bulk-form__group">
        <NumberField
          label="每段容量"
          unit="人"
          value={values.capacity}
          error={error('capacity')}
          onChange={(v) => set('capacity', v)}
        />
      </View>

      {lottery && <LotteryLead values={values} error={error} onChange={set} />}

      <Preview values={values} lottery={lottery} closed={closed} />

      {result && (
        <InfoCard
          title="生成结果"
          rows={[
            ['新生成', `${result.created} 个时段`],
            ['已存在', `${result.skipped} 个（已跳过）`],
          ]}
        />
      )}

      <FooterBar>
        <Button
          type="primary"
          block
          size="large"
          loading={form.busy}
          disabled={preview(values, closed).total === 0}
          onClick={form.submit}
        >
          生成时段
        </Button>
      </FooterBar>
    </View>
  );
}

function Bulk() {
  const { resourceId } = usePageParams('manager/slot-bulk/index');
  const data = useRemote(async () => {
    const [resource, venues] = await Promise.all([loadResource(resourceId), call('venue.list', {})]);
    const venue = venues.find((v) => v.id === resource.venueId);
    return { resource, closed: { weekdays: venue?.closedWeekdays, dates: venue?.closedDates } };
  }, [resourceId]);
  return (
    <RemoteView state={data.state} onRetry={data.reload}>
      {({ resource, closed }) => <BulkForm resource={resource} closed={closed} />}
    </RemoteView>
  );
}

export default definePage(Bulk, { withFooter: true });

import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { slotBulkCreateInput, type ResourceView } from '@shared/contract';
import Button from '../../ui/button';
import Checkbox from '../../ui/checkbox';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useForm } from '../../hooks/useForm';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { today } from '../../utils/format';
import NumberField from '../components/NumberField';
import PickerValue from '../components/PickerValue';
import { loadResource } from '../load';
import { WEEKDAYS, initialValues, inputOf, nextRow, preview, type BulkValues, type TimeRow } from './bulk';
import './index.css';

function BulkForm({ resource }: { resource: ResourceView }) {
  const [result, setResult] = useState<{ created: number; skipped: number } | null>(null);
  const form = useForm('admin.slot.bulkCreate', {
    initial: initialValues(Date.now()),
    toInput: (v) => inputOf(v, resource.id),
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
  const setRow = (index: number, row: TimeRow) =>
    set(
      'times',
      values.times.map((r, i) => (i === index ? row : r)),
    );

  const { dates, times, total } = preview(values);

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
        <Checkbox.Group
          className="bulk-form__weekdays"
          direction="horizontal"
          value={values.weekdays}
          onChange={(v) => set('weekdays', v)}
        >
          {WEEKDAYS.map((w) => (
            <Checkbox key={w.value} value={w.value} shape="button" label={w.label} />
          ))}
        </Checkbox.Group>
      </View>
      {error('weekdays') && <Text className="bulk-form__error">{error('weekdays')}</Text>}

      <Text className="section-title">每天的时间段</Text>
      <View className="bulk-form__group">
        {values.times.map((row, i) => {
          const rowError = error(`times.${i}`);
          return (
            <View key={i} className="bulk-form__row" data-testid={`mgr-bulk-time-${i}`}>
              <View className="bulk-form__times">
                <Text className="bulk-form__index">{i + 1}</Text>
                <PickerValue mode="time" value={row.start} onChange={(start) => setRow(i, { ...row, start })} />
                <Text className="bulk-form__dash">至</Text>
                <PickerValue mode="time" value={row.end} onChange={(end) => setRow(i, { ...row, end })} />
                {values.times.length > 1 && (
                  <Button
                    size="small"
                    fill="none"
                    type="danger"
                    onClick={() =>
                      set(
                        'times',
                        values.times.filter((_, j) => j !== i),
                      )
                    }
                  >
                    删除
                  </Button>
                )}
              </View>
              {rowError && <Text className="bulk-form__error">{rowError}</Text>}
            </View>
          );
        })}
        <View className="bulk-form__add">
          <Button
            size="small"
            fill="outline"
            type="primary"
            onClick={() => set('times', [...values.times, nextRow(values.times[values.times.length - 1])])}
          >
            添加时间段
          </Button>
        </View>
      </View>
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

      <View className="bulk-form__preview" data-testid="mgr-bulk-preview">
        <Text>
          {dates} 天 × {times} 个时间段，共 <Text className="bulk-form__total">{total}</Text> 个时段
        </Text>
        <Text className="bulk-form__note">已存在的相同时段会跳过，不会重复生成。</Text>
      </View>

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
        <Button type="primary" block size="large" loading={form.busy} disabled={total === 0} onClick={form.submit}>
          生成时段
        </Button>
      </FooterBar>
    </View>
  );
}

function Bulk() {
  const { resourceId } = usePageParams('manager/slot-bulk/index');
  const resource = useRemote(() => loadResource(resourceId), [resourceId]);
  return (
    <RemoteView state={resource.state} onRetry={resource.reload}>
      {(r) => <BulkForm resource={r} />}
    </RemoteView>
  );
}

export default definePage(Bulk, { withFooter: true });

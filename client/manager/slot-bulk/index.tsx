import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { parseInput, slotBulkCreateInput, type ResourceView } from '@shared/contract';
import { ERROR_MESSAGES } from '@shared/errors';
import { addDays, daysBetween, weekdayOf } from '@shared/time';
import Button from '../../ui/button';
import Checkbox from '../../ui/checkbox';
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
import { today } from '../../utils/format';
import { toFieldErrors, type FieldErrors } from '../../utils/fieldErrors';
import NumberField from '../components/NumberField';
import PickerValue from '../components/PickerValue';
import { toNumber } from '../form';
import { loadResource } from '../load';
import './index.css';

/** Monday first, as on a Chinese calendar; values are the contract's (0 = Sunday). */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0].map((d) => ({ value: String(d), label: '日一二三四五六'[d] }));

interface TimeRow {
  start: string;
  end: string;
}

interface Form {
  from: string;
  to: string;
  weekdays: string[];
  times: TimeRow[];
  capacity: string;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmmOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A new row right after the last one, as long as it; a copy of it when that would pass midnight. */
function nextRow(last: TimeRow): TimeRow {
  const end = minutesOf(last.end) + (minutesOf(last.end) - minutesOf(last.start));
  return end < 24 * 60 && end > minutesOf(last.end) ? { start: last.end, end: hhmmOf(end) } : { ...last };
}

/** The days in [from, to] on one of the weekdays. */
function countDates(form: Form): number {
  if (form.to < form.from) return 0;
  const days = daysBetween(form.from, form.to) + 1;
  return Array.from({ length: days }, (_, i) => addDays(form.from, i)).filter((d) =>
    form.weekdays.includes(String(weekdayOf(d))),
  ).length;
}

function BulkForm({ resource }: { resource: ResourceView }) {
  const [form, setForm] = useState<Form>(() => {
    const from = addDays(today(), 1);
    return {
      from,
      to: addDays(from, 6),
      weekdays: WEEKDAYS.map((w) => w.value),
      times: [{ start: '09:00', end: '10:00' }],
      capacity: '',
    };
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [result, setResult] = useState<{ created: number; skipped: number } | null>(null);
  const bulkCreate = useThrowingAction('admin.slot.bulkCreate');

  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors({});
    setResult(null);
  };
  const setRow = (index: number, row: TimeRow) =>
    set(
      'times',
      form.times.map((r, i) => (i === index ? row : r)),
    );

  const dates = countDates(form);
  const total = dates * form.times.length;

  const submit = async () => {
    const parsed = parseInput(slotBulkCreateInput, {
      resourceId: resource.id,
      from: form.from,
      to: form.to,
      weekdays: form.weekdays.map(Number),
      times: form.times,
      capacity: toNumber(form.capacity),
    });
    if (!parsed.ok) {
      setErrors(toFieldErrors(parsed.fields));
      toastError(new CallError('INVALID_INPUT', ERROR_MESSAGES.INVALID_INPUT));
      return;
    }
    try {
      const answer = await bulkCreate.run(parsed.data);
      setResult(answer);
      toastSuccess(`已生成${answer.created}个时段`);
    } catch (e) {
      if (e instanceof CallError && e.code === 'INVALID_INPUT' && e.fields.length) setErrors(toFieldErrors(e.fields));
      toastError(e);
    }
  };

  return (
    <View className="bulk-form">
      <InfoCard title={resource.name} rows={[['地点', resource.location]]} />

      <Text className="section-title">日期范围（一次最多93天）</Text>
      <View className="bulk-form__group">
        <Field label="开始日期" error={errors.from}>
          <PickerValue
            mode="date"
            value={form.from}
            start={today()}
            testId="mgr-bulk-from"
            onChange={(v) => set('from', v)}
          />
        </Field>
        <Field label="结束日期" error={errors.to}>
          <PickerValue
            mode="date"
            value={form.to}
            start={form.from}
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
          value={form.weekdays}
          onChange={(v) => set('weekdays', v)}
        >
          {WEEKDAYS.map((w) => (
            <Checkbox key={w.value} value={w.value} shape="button" label={w.label} />
          ))}
        </Checkbox.Group>
      </View>
      {errors.weekdays && <Text className="bulk-form__error">{errors.weekdays}</Text>}

      <Text className="section-title">每天的时间段</Text>
      <View className="bulk-form__group">
        {form.times.map((row, i) => {
          const error = errors[`times.${i}.start`] ?? errors[`times.${i}.end`];
          return (
            <View key={i} className="bulk-form__row" data-testid={`mgr-bulk-time-${i}`}>
              <View className="bulk-form__times">
                <Text className="bulk-form__index">{i + 1}</Text>
                <PickerValue mode="time" value={row.start} onChange={(start) => setRow(i, { ...row, start })} />
                <Text className="bulk-form__dash">至</Text>
                <PickerValue mode="time" value={row.end} onChange={(end) => setRow(i, { ...row, end })} />
                {form.times.length > 1 && (
                  <Button
                    size="small"
                    fill="none"
                    type="danger"
                    onClick={() =>
                      set(
                        'times',
                        form.times.filter((_, j) => j !== i),
                      )
                    }
                  >
                    删除
                  </Button>
                )}
              </View>
              {error && <Text className="bulk-form__error">{error}</Text>}
            </View>
          );
        })}
        <View className="bulk-form__add">
          <Button
            size="small"
            fill="outline"
            type="primary"
            onClick={() => set('times', [...form.times, nextRow(form.times[form.times.length - 1])])}
          >
            添加时间段
          </Button>
        </View>
      </View>
      {errors.times && <Text className="bulk-form__error">{errors.times}</Text>}

      <Text className="section-title">名额</Text>
      <View className="bulk-form__group">
        <NumberField
          label="每段容量"
          unit="人"
          value={form.capacity}
          error={errors.capacity}
          onChange={(v) => set('capacity', v)}
        />
      </View>

      <View className="bulk-form__preview" data-testid="mgr-bulk-preview">
        <Text>
          {dates} 天 × {form.times.length} 个时间段，共 <Text className="bulk-form__total">{total}</Text> 个时段
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
        <Button type="primary" block size="large" loading={bulkCreate.busy} disabled={total === 0} onClick={submit}>
          生成时段
        </Button>
      </FooterBar>
    </View>
  );
}

function Bulk() {
  const { resourceId = '' } = useRouter().params;
  const resource = useRemote(() => loadResource(resourceId), [resourceId]);
  return (
    <RemoteView state={resource.state} onRetry={resource.reload}>
      {(r) => <BulkForm resource={r} />}
    </RemoteView>
  );
}

export default function SlotBulkPage() {
  return (
    <Page withFooter>
      <SignInGate>
        <Bulk />
      </SignInGate>
    </Page>
  );
}

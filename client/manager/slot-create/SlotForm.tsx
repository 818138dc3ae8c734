import { Text, View } from '@tarojs/components';
import type { ResourceView, SlotView } from '@shared/contract';
import Button from '../../ui/button';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import { useForm } from '../../hooks/useForm';
import { today } from '../../utils/format';
import NumberField from '../components/NumberField';
import PickerValue from '../components/PickerValue';
import DateTimeField from './DateTimeField';
import { initialValues, inputOf, slotFormSchema, withDate } from './slot';

interface SlotFormProps {
  resource: ResourceView;
  onCreated: (slot: SlotView) => void;
}

/** One session of a resource: its day, times and capacity; a lottery one also when applications close and the draw runs. */
export default function SlotForm({ resource, onCreated }: SlotFormProps) {
  const lottery = resource.allocation === 'lottery';
  const form = useForm('admin.slot.create', {
    initial: initialValues(Date.now(), lottery),
    toInput: (v) => inputOf(v, resource.id, lottery),
    schema: slotFormSchema,
    success: '时段已创建',
    onDone: onCreated,
  });
  const { values, set, error } = form;

  /** Another day: the close and the draw move along (and their errors clear, as the day's own). */
  const moveTo = (date: string) => {
    const moved = withDate(values, date);
    set('date', moved.date);
    set('closesAt', moved.closesAt);
    set('drawAt', moved.drawAt);
  };

  return (
    <View>
      <Text className="section-title">时段</Text>
      <View className="slot-form__group">
        <Field label="日期" error={error('date')}>
          <PickerValue mode="date" value={values.date} start={today()} testId="mgr-slot-date" onChange={moveTo} />
        </Field>
        <Field label="开始时间" error={error('start')}>
          <PickerValue mode="time" value={values.start} testId="mgr-slot-start" onChange={(v) => set('start', v)} />
        </Field>
        <Field label="结束时间" error={error('end')}>
          <PickerValue mode="time" value={values.end} testId="mgr-slot-end" onChange={(v) => set('end', v)} />
        </Field>
        <NumberField
          label="容量"
          unit="人"
          value={values.capacity}
          error={error('capacity')}
          onChange={(v) => set('capacity', v)}
        />
      </View>

      {lottery && (
        <View>
          <Text className="section-title">抽签</Text>
          <View className="slot-form__group">
            <DateTimeField
              label="报名截止"
              value={values.closesAt}
              error={error('closesAt')}
              testId="mgr-slot-closes"
              onChange={(v) => set('closesAt', v)}
            />
            <DateTimeField
              label="抽签时间"
              value={values.drawAt}
              error={error('drawAt')}
              testId="mgr-slot-draw"
              onChange={(v) => set('drawAt', v)}
            />
          </View>
          <Text className="slot-form__hint">
            报名截止后不再接受报名；抽签须在报名截止之后、时段开始之前。改日期时两者随之移动。
          </Text>
        </View>
      )}

      <FooterBar>
        <Button type="primary" block size="large" loading={form.busy} onClick={form.submit}>
          创建时段
        </Button>
      </FooterBar>
    </View>
  );
}

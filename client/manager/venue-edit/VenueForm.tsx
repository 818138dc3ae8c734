import { Text, Textarea, View } from '@tarojs/components';
import { VENUE_KIND_LABELS, VENUE_KINDS } from '@shared/contract/catalog';
import { venueUpsertInput } from '@shared/contract/admin';
import type { VenueView } from '@shared/contract/types';
import Button from '../../ui/button';
import Input from '../../ui/input';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import OptionButtons from '../../components/OptionButtons';
import { useForm } from '../../hooks/useForm';
import { goBack } from '../../services/navigate';
import NumberField from '../components/NumberField';
import PickerValue from '../components/PickerValue';
import type { Editing } from '../load';
import ClosedDays from './ClosedDays';
import { inputOf, valuesOf } from './venue';

/** A venue's details, hours and closed days; saved with admin.venue.upsert. */
export default function VenueForm({ record: venue, order }: Editing<VenueView>) {
  const form = useForm('admin.venue.upsert', {
    initial: valuesOf(venue, order),
    toInput: (v) => inputOf(v, venue?.id),
    schema: venueUpsertInput,
    success: '已保存',
    onDone: () => goBack(800),
  });
  const { values, set, error } = form;

  return (
    <View>
      <Text className="section-title">基本信息</Text>
      <View className="venue-form__group">
        <Field label="场馆名称" error={error('name')}>
          <Input value={values.name} placeholder="如：星河科技馆" maxLength={40} onChange={(v) => set('name', v)} />
        </Field>
        <Field label="场馆类型" error={error('kind')}>
          <OptionButtons
            value={values.kind}
            options={VENUE_KINDS}
            label={(k) => VENUE_KIND_LABELS[k]}
            onChange={(k) => set('kind', k)}
          />
        </Field>
        <Field label="地址" error={error('address')}>
          <Input value={values.address} placeholder="观众导航用" maxLength={100} onChange={(v) => set('address', v)} />
        </Field>
        <Field label="联系电话" error={error('contact')}>
          <Input value={values.contact} placeholder="观众咨询电话" maxLength={40} onChange={(v) => set('contact', v)} />
        </Field>
        <Field label="简介" error={error('description')}>
          <Textarea
            className="venue-form__textarea"
            value={values.description}
            placeholder="场馆介绍、参观须知"
            maxlength={500}
            onInput={(e) => set('description', e.detail.value)}
          />
        </Field>
        <NumberField
          label="排序"
          unit="（小的在前）"
          value={values.order}
          error={error('order')}
          onChange={(v) => set('order', v)}
        />
      </View>

      <Text className="section-title">开放时间</Text>
      <View className="venue-form__group">
        <Field label="开馆" error={error('hours.opens')}>
          <PickerValue
            mode="time"
            value={values['hours.opens']}
            testId="mgr-venue-opens"
            onChange={(v) => set('hours.opens', v)}
          />
        </Field>
        <Field label="闭馆" error={error('hours.closes')}>
          <PickerValue
            mode="time"
            value={values['hours.closes']}
            testId="mgr-venue-closes"
            onChange={(v) => set('hours.closes', v)}
          />
        </Field>
      </View>

      <Text className="section-title">闭馆日</Text>
      <ClosedDays
        values={values}
        error={error}
        onWeekdays={(v) => set('closedWeekdays', v)}
        onDates={(v) => set('closedDates', v)}
      />
      <Text className="venue-form__hint">闭馆日不开放预约。节假日、设备检修等临时闭馆请添加日期，点击日期可删除。</Text>

      <FooterBar>
        <Button type="primary" block size="large" loading={form.busy} onClick={form.submit}>
          {venue ? '保存修改' : '创建场馆'}
        </Button>
      </FooterBar>
    </View>
  );
}

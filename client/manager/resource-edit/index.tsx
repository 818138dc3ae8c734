import Taro from '@tarojs/taro';
import { Text, Textarea, View } from '@tarojs/components';
import { useEffect, type ReactNode } from 'react';
import {
  ALLOCATION_LABELS,
  ALLOCATIONS,
  RESOURCE_KIND_LABELS,
  RESOURCE_KINDS,
  RESOURCE_MODE_LABELS,
  RESOURCE_MODES,
} from '@shared/contract/catalog';
import { LOTTERY_UNCONFIRMED_LABELS } from '@shared/contract/lottery';
import type { ResourceView } from '@shared/contract/types';
import { LOTTERY_UNCONFIRMED } from '@shared/rules/policy';
import Button from '../../ui/button';
import Checkbox from '../../ui/checkbox';
import Input from '../../ui/input';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import OptionButtons from '../../components/OptionButtons';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useForm } from '../../hooks/useForm';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { goBack } from '../../services/navigate';
import NumberField from '../components/NumberField';
import PickerValue from '../components/PickerValue';
import { loadResource } from '../load';
import {
  GRANULARITY_OPTIONS,
  HINTS,
  NUMBER_FIELDS,
  REAL_NAME_LABELS,
  REAL_NAME_OPTIONS,
  inputOf,
  resourceFormSchema,
  sellsTickets,
  valuesOf,
  type NumberPath,
} from './form';
import TicketTypes from './TicketTypes';
import WeekHours from './WeekHours';
import './index.css';

function Group({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <View>
      <Text className="section-title">{title}</Text>
      <View className="resource-form__group">{children}</View>
      {hint && <Text className="resource-form__hint">{hint}</Text>}
    </View>
  );
}

function ResourceForm({ venueId, resource }: { venueId: string; resource: ResourceView | null }) {
  const form = useForm('admin.resource.upsert', {
    initial: valuesOf(resource),
    toInput: (v) => inputOf(v, venueId, resource?.id),
    schema: resourceFormSchema,
    success: '已保存',
    onDone: () => goBack(800),
  });
  const { values, set, error } = form;
  const byTheHour = values.mode === 'interval';

  const number = (path: NumberPath) => (
    <NumberField
      label={NUMBER_FIELDS[path].label}
      unit={NUMBER_FIELDS[path].unit}
      value={values[path]}
      error={error(path)}
      onChange={(v) => set(path, v)}
    />
  );

  return (
    <View className="resource-form">
      <Group title="基本信息">
        <Field label="项目名称" error={error('name')}>
          <Input value={values.name} placeholder="如：VR飞行体验" maxLength={40} onChange={(v) => set('name', v)} />
        </Field>
        <Field label="项目类型" error={error('kind')}>
          <OptionButtons
            value={values.kind}
            options={RESOURCE_KINDS}
            label={(k) => RESOURCE_KIND_LABELS[k]}
            onChange={(k) => set('kind', k)}
          />
        </Field>
        <Field label="预约方式" error={error('mode')}>
          <OptionButtons
            value={values.mode}
            options={RESOURCE_MODES}
            label={(m) => RESOURCE_MODE_LABELS[m]}
            onChange={(m) => set('mode', m)}
          />
        </Field>
        {/* Booked by the hour: first come, first served (the form sends fcfs), so there is nothing to choose. */}
        {!byTheHour && (
          <Field label="名额分配" error={error('allocation')}>
            <OptionButtons
              value={values.allocation}
              options={ALLOCATIONS}
              label={(a) => ALLOCATION_LABELS[a]}
              onChange={(a) => set('allocation', a)}
            />
          </Field>
        )}
        <Field label="地点" error={error('location')}>
          <Input
            value={values.location}
            placeholder="如：二楼 航空航天展厅"
            maxLength={100}
            onChange={(v) => set('location', v)}
          />
        </Field>
        <Field label="简介" error={error('description')}>
          <Textarea
            className="resource-form__textarea"
            value={values.description}
            placeholder="项目内容、参与须知"
            maxlength={1000}
            onInput={(e) => set('description', e.detail.value)}
          />
        </Field>
      </Group>

      <View className="resource-form__policy">
        <Group title="预约人" hint={HINTS.realName}>
          <Field label="实名预约" error={error('policy.realName')}>
            <OptionButtons
              value={values['policy.realName'] ? 'required' : 'none'}
              options={REAL_NAME_OPTIONS}
              label={(o) => REAL_NAME_LABELS[o]}
              testId="mgr-real-name"
              onChange={(o) => set('policy.realName', o === 'required')}
            />
          </Field>
        </Group>

        {byTheHour && (
          <Group title="每周开放时间" hint={HINTS.hours}>
            <WeekHours
              rows={values['policy.interval.hours']}
              error={error}
              onChange={(rows) => set('policy.interval.hours', rows)}
            />
            <Field label="仅工作日" error={error('policy.interval.workingDaysOnly')}>
              <Checkbox
                checked={values['policy.interval.workingDaysOnly']}
                label="按法定工作日历开放"
                onChange={(v) => set('policy.interval.workingDaysOnly', v)}
              />
            </Field>
          </Group>
        )}

        {byTheHour && (
          <Group title="时间区间规则" hint={HINTS.interval}>
            <Field label="时间粒度" error={error('policy.interval.granularityMinutes')}>
              <OptionButtons
                value={values['policy.interval.granularityMinutes']}
                options={GRANULARITY_OPTIONS}
                label={(g) => `${g}分钟`}
                testId="mgr-granularity"
                onChange={(g) => set('policy.interval.granularityMinutes', g)}
              />
            </Field>
            {number('policy.interval.minMinutes')}
            {number('policy.interval.maxMinutes')}
            {number('policy.interval.bufferMinutes')}
            {number('policy.interval.leadWorkingDays')}
            {number('policy.interval.quantity')}
            {number('policy.interval.capacity')}
            {number('policy.interval.confirmHours')}
            {number('policy.interval.customerExtraDays')}
          </Group>
        )}

        <Group title="开放与截止" hint={HINTS.opening}>
          {number('policy.opensDaysBefore')}
          <Field label="开放时间" error={error('policy.opensAt')}>
            <PickerValue
              mode="time"
              value={values['policy.opensAt']}
              testId="mgr-opens-at"
              onChange={(v) => set('policy.opensAt', v)}
            />
          </Field>
          {number('policy.closesMinutesBefore')}
        </Group>

        <Group title="人数与限额" hint={HINTS.limits}>
          {number('policy.maxAttendees')}
          {number('policy.perIdPerDay')}
          {number('policy.perAccountPerDay')}
        </Group>

        <Group title="取消与改期" hint={HINTS.deadlines}>
          {number('policy.cancelMinutesBefore')}
          {number('policy.changeMinutesBefore')}
        </Group>

        <Group title="审核与入场" hint={HINTS.checkin}>
          <Field label="需要审核" error={error('policy.requiresApproval')}>
            <Checkbox
              checked={values['policy.requiresApproval']}
              label="预约需经场馆审核后生效"
              onChange={(v) => set('policy.requiresApproval', v)}
            />
          </Field>
          {number('policy.checkinOpensMinutesBefore')}
        </Group>

        <Group title="未到场规则" hint={HINTS.noShow}>
          {number('policy.noShow.windowDays')}
          {number('policy.noShow.limit')}
          {number('policy.noShow.blockDays')}
        </Group>

        {!byTheHour && (
          <Group title="票价与退款" hint={values.priced ? HINTS.pricing : undefined}>
            {/* Only an error of the prices as a whole here: those of their parts show at the parts. */}
            <Field label="出售门票" error={form.errors['policy.pricing']}>
              <Checkbox checked={values.priced} label="收费（不勾选为免费）" onChange={(v) => set('priced', v)} />
            </Field>
            {sellsTickets(values.mode, values.priced) && (
              <>
                <TicketTypes
                  rows={values['policy.pricing.ticketTypes']}
                  saved={values.keptPricing?.ticketTypes ?? []}
                  error={error}
                  onChange={(rows) => set('policy.pricing.ticketTypes', rows)}
                />
                {number('policy.pricing.holdMinutes')}
                {number('policy.pricing.refund.fullHoursBefore')}
                {number('policy.pricing.refund.partialHoursBefore')}
                {number('policy.pricing.refund.partialPercent')}
              </>
            )}
          </Group>
        )}

        {!byTheHour && values.allocation === 'lottery' && (
          <Group title="抽签规则" hint={HINTS.lottery}>
            {number('policy.lottery.confirmHours')}
            <Field label="逾期名额" error={error('policy.lottery.unconfirmed')}>
              <OptionButtons
                value={values['policy.lottery.unconfirmed']}
                options={LOTTERY_UNCONFIRMED}
                label={(u) => LOTTERY_UNCONFIRMED_LABELS[u]}
                onChange={(u) => set('policy.lottery.unconfirmed', u)}
              />
            </Field>
            <Field label="未中签加权" error={error('policy.lottery.weightLosses')}>
              <Checkbox
                checked={values['policy.lottery.weightLosses']}
                label="近期未中签的观众中签机会更大"
                onChange={(v) => set('policy.lottery.weightLosses', v)}
              />
            </Field>
          </Group>
        )}
      </View>

      <FooterBar>
        <Button type="primary" block size="large" loading={form.busy} onClick={form.submit}>
          {resource ? '保存修改' : '创建项目'}
        </Button>
      </FooterBar>
    </View>
  );
}

function Editor() {
  const { venueId, resourceId } = usePageParams('manager/resource-edit/index');
  const resource = useRemote(async () => (resourceId ? loadResource(resourceId) : null), [resourceId]);
  useEffect(() => {
    if (!resourceId) Taro.setNavigationBarTitle({ title: '新建项目' });
  }, [resourceId]);
  return (
    <RemoteView state={resource.state} onRetry={resource.reload}>
      {(r) => <ResourceForm venueId={r?.venueId ?? venueId} resource={r} />}
    </RemoteView>
  );
}

export default definePage(Editor, { withFooter: true });

import Taro, { useRouter } from '@tarojs/taro';
import { Text, Textarea, View } from '@tarojs/components';
import { useEffect, useState, type ReactNode } from 'react';
import {
  ALLOCATIONS,
  LOTTERY_UNCONFIRMED_LABELS,
  RESOURCE_KIND_LABELS,
  RESOURCE_KINDS,
  RESOURCE_MODES,
  parseInput,
  resourceUpsertInput,
  type ResourceView,
} from '@shared/contract';
import {
  DEFAULT_POLICY,
  LOTTERY_UNCONFIRMED,
  type LotteryUnconfirmed,
  type NoShowPolicy,
  type Policy,
} from '@shared/rules/policy';
import { ERROR_MESSAGES } from '@shared/errors';
import Button from '../../ui/button';
import Checkbox from '../../ui/checkbox';
import Input from '../../ui/input';
import Radio from '../../ui/radio';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import Page from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import SignInGate from '../../components/SignInGate';
import { useThrowingAction } from '../../hooks/useThrowingAction';
import { useRemote } from '../../hooks/useRemote';
import { CallError } from '../../services/callError';
import { toastError, toastSuccess } from '../../services/toast';
import { toFieldErrors, type FieldErrors } from '../../utils/fieldErrors';
import NumberField from '../components/NumberField';
import PickerValue from '../components/PickerValue';
import { toNumber } from '../form';
import { ALLOCATION_LABELS, MODE_LABELS } from '../labels';
import { loadResource } from '../load';
import './index.css';

type Kind = ResourceView['kind'];
type Mode = ResourceView['mode'];
type Allocation = ResourceView['allocation'];

/** The policy's numbers, by their path under `policy`. */
type NumberPath =
  | 'opensDaysBefore'
  | 'closesMinutesBefore'
  | 'maxAttendees'
  | 'perIdPerDay'
  | 'perAccountPerDay'
  | 'cancelMinutesBefore'
  | 'changeMinutesBefore'
  | 'checkinOpensMinutesBefore'
  | `noShow.${keyof NoShowPolicy}`
  | 'lottery.confirmHours';

const NUMBER_FIELDS: Record<NumberPath, { label: string; unit: string }> = {
  opensDaysBefore: { label: '提前开放天数', unit: '天' },
  closesMinutesBefore: { label: '停止预约', unit: '分钟前' },
  maxAttendees: { label: '每单人数上限', unit: '人' },
  perIdPerDay: { label: '每证件每日限约', unit: '次' },
  perAccountPerDay: { label: '每账号每日名额', unit: '人' },
  cancelMinutesBefore: { label: '取消截止', unit: '分钟前' },
  changeMinutesBefore: { label: '改期截止', unit: '分钟前' },
  checkinOpensMinutesBefore: { label: '入场核验提前', unit: '分钟' },
  'noShow.windowDays': { label: '统计周期', unit: '天内' },
  'noShow.limit': { label: '未到场次数', unit: '次' },
  'noShow.blockDays': { label: '暂停预约', unit: '天' },
  'lottery.confirmHours': { label: '中签确认时限', unit: '小时' },
};

const NUMBER_PATHS = Object.keys(NUMBER_FIELDS) as NumberPath[];

/** The numbers the form shows: the lottery's only for a lottery resource. */
const shownPaths = (allocation: Allocation) =>
  NUMBER_PATHS.filter((p) => allocation === 'lottery' || !p.startsWith('lottery.'));

interface Form {
  name: string;
  kind: Kind;
  mode: Mode;
  allocation: Allocation;
  location: string;
  description: string;
  opensAt: string;
  requiresApproval: boolean;
  weightLosses: boolean;
  unconfirmed: LotteryUnconfirmed;
  /** Typed text; turned into numbers (or left out when empty) on submit. */
  numbers: Record<NumberPath, string>;
}

const numberAt = (policy: Policy, path: NumberPath): number =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], policy) as number;

function formOf(resource: ResourceView | null): Form {
  const policy = resource?.policy ?? DEFAULT_POLICY;
  return {
    name: resource?.name ?? '',
    kind: resource?.kind ?? 'exhibit',
    mode: resource?.mode ?? 'slot',
    allocation: resource?.allocation ?? 'fcfs',
    location: resource?.location ?? '',
    description: resource?.description ?? '',
    opensAt: policy.opensAt,
    requiresApproval: policy.requiresApproval,
    weightLosses: policy.lottery.weightLosses,
    unconfirmed: policy.lottery.unconfirmed,
    numbers: Object.fromEntries(NUMBER_PATHS.map((p) => [p, String(numberAt(policy, p))])) as Record<
      NumberPath,
      string
    >,
  };
}

/** What admin.resource.upsert takes, before the schema checks it; empty texts are left out. */
function inputOf(form: Form, venueId: string, id: string | undefined) {
  const n = (path: NumberPath) => toNumber(form.numbers[path]);
  return {
    id,
    venueId,
    name: form.name,
    kind: form.kind,
    mode: form.mode,
    allocation: form.allocation,
    location: form.location.trim() || undefined,
    description: form.description.trim() || undefined,
    policy: {
      opensDaysBefore: n('opensDaysBefore'),
      opensAt: form.opensAt,
      closesMinutesBefore: n('closesMinutesBefore'),
      maxAttendees: n('maxAttendees'),
      perIdPerDay: n('perIdPerDay'),
      perAccountPerDay: n('perAccountPerDay'),
      cancelMinutesBefore: n('cancelMinutesBefore'),
      changeMinutesBefore: n('changeMinutesBefore'),
      requiresApproval: form.requiresApproval,
      checkinOpensMinutesBefore: n('checkinOpensMinutesBefore'),
      noShow: { limit: n('noShow.limit'), windowDays: n('noShow.windowDays'), blockDays: n('noShow.blockDays') },
      lottery: {
        confirmHours: n('lottery.confirmHours'),
        weightLosses: form.weightLosses,
        unconfirmed: form.unconfirmed,
      },
    },
  };
}

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
  const [form, setForm] = useState(() => formOf(resource));
  const [errors, setErrors] = useState<FieldErrors>({});
  const upsert = useThrowingAction('admin.resource.upsert');

  const set = <K extends keyof Form>(key: K, value: Form[K], path: string = key) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [path]: undefined }));
  };
  const setNumber = (path: NumberPath, value: string) => {
    setForm((f) => ({ ...f, numbers: { ...f.numbers, [path]: value } }));
    setErrors((e) => ({ ...e, [`policy.${path}`]: undefined }));
  };

  const number = (path: NumberPath) => (
    <NumberField
      label={NUMBER_FIELDS[path].label}
      unit={NUMBER_FIELDS[path].unit}
      value={form.numbers[path]}
      error={errors[`policy.${path}`]}
      onChange={(v) => setNumber(path, v)}
    />
  );

  const submit = async () => {
    const parsed = parseInput(resourceUpsertInput, inputOf(form, venueId, resource?.id));
    // The schema lets an upsert omit any policy field (the resource keeps it); this form asks for every one.
    const missing = shownPaths(form.allocation)
      .filter((p) => form.numbers[p].trim() === '')
      .map((p) => ({ path: `policy.${p}`, message: '必填' }));
    if (!parsed.ok || missing.length) {
      setErrors(toFieldErrors([...missing, ...(parsed.ok ? [] : parsed.fields)]));
      toastError(new CallError('INVALID_INPUT', ERROR_MESSAGES.INVALID_INPUT));
      return;
    }
    try {
      await upsert.run(parsed.data);
      toastSuccess('已保存');
      setTimeout(() => Taro.navigateBack(), 800);
    } catch (e) {
      if (e instanceof CallError && e.code === 'INVALID_INPUT' && e.fields.length) setErrors(toFieldErrors(e.fields));
      toastError(e);
    }
  };

  return (
    <View className="resource-form">
      <Group title="基本信息">
        <Field label="项目名称" error={errors.name}>
          <Input value={form.name} placeholder="如：VR飞行体验" maxLength={40} onChange={(v) => set('name', v)} />
        </Field>
        <Field label="项目类型" error={errors.kind}>
          <Radio.Group
            className="resource-form__options"
            direction="horizontal"
            shape="button"
            value={form.kind}
            onChange={(v) => set('kind', v as Kind)}
          >
            {RESOURCE_KINDS.map((k) => (
              <Radio key={k} value={k} shape="button">
                {RESOURCE_KIND_LABELS[k]}
              </Radio>
            ))}
          </Radio.Group>
        </Field>
        <Field label="预约方式" error={errors.mode}>
          <Radio.Group
            className="resource-form__options"
            direction="horizontal"
            shape="button"
            value={form.mode}
            onChange={(v) => set('mode', v as Mode)}
          >
            {RESOURCE_MODES.map((m) => (
              <Radio key={m} value={m} shape="button">
                {MODE_LABELS[m]}
              </Radio>
            ))}
          </Radio.Group>
        </Field>
        <Field label="名额分配" error={errors.allocation}>
          <Radio.Group
            className="resource-form__options"
            direction="horizontal"
            shape="button"
            value={form.allocation}
            onChange={(v) => set('allocation', v as Allocation)}
          >
            {ALLOCATIONS.map((a) => (
              <Radio key={a} value={a} shape="button">
                {ALLOCATION_LABELS[a]}
              </Radio>
            ))}
          </Radio.Group>
        </Field>
        <Field label="地点" error={errors.location}>
          <Input
            value={form.location}
            placeholder="如：二楼 航空航天展厅"
            maxLength={100}
            onChange={(v) => set('location', v)}
          />
        </Field>
        <Field label="简介" error={errors.description}>
          <Textarea
            className="resource-form__textarea"
            value={form.description}
            placeholder="项目内容、参与须知"
            maxlength={1000}
            onInput={(e) => set('description', e.detail.value)}
          />
        </Field>
      </Group>

      <View className="resource-form__policy">
        <Group title="开放与截止" hint="停止预约指时段开始前多少分钟停止接受预约。">
          {number('opensDaysBefore')}
          <Field label="开放时间" error={errors['policy.opensAt']}>
            <PickerValue
              mode="time"
              value={form.opensAt}
              testId="mgr-opens-at"
              onChange={(v) => set('opensAt', v, 'policy.opensAt')}
            />
          </Field>
          {number('closesMinutesBefore')}
        </Group>

        <Group title="人数与限额" hint="每账号每日名额：一个微信账号当天在此项目最多占用的名额，换人也不能超出。">
          {number('maxAttendees')}
          {number('perIdPerDay')}
          {number('perAccountPerDay')}
        </Group>

        <Group title="取消与改期" hint="截止时间均按时段开始前计算，之后观众不能再取消或改期。">
          {number('cancelMinutesBefore')}
          {number('changeMinutesBefore')}
        </Group>

        <Group title="审核与入场" hint="入场码从时段开始前这么久起可以核验，直到时段结束。">
          <Field label="需要审核" error={errors['policy.requiresApproval']}>
            <Checkbox
              checked={form.requiresApproval}
              label="预约需经场馆审核后生效"
              onChange={(v) => set('requiresApproval', v, 'policy.requiresApproval')}
            />
          </Field>
          {number('checkinOpensMinutesBefore')}
        </Group>

        <Group title="未到场规则" hint="按证件号码统计：统计周期内未到场达到次数，暂停该证件在本场馆预约。">
          {number('noShow.windowDays')}
          {number('noShow.limit')}
          {number('noShow.blockDays')}
        </Group>

        {form.allocation === 'lottery' && (
          <Group
            title="抽签规则"
            hint="中签者须在开奖后的时限内确认预约，逾期名额按所选方式重新分配；加权后，近90天在本场馆抽签未中签的观众获得更多签（最多4倍）。"
          >
            {number('lottery.confirmHours')}
            <Field label="逾期名额" error={errors['policy.lottery.unconfirmed']}>
              <Radio.Group
                className="resource-form__options"
                direction="vertical"
                shape="button"
                value={form.unconfirmed}
                onChange={(v) => set('unconfirmed', v as LotteryUnconfirmed, 'policy.lottery.unconfirmed')}
              >
                {LOTTERY_UNCONFIRMED.map((u) => (
                  <Radio key={u} value={u} shape="button">
                    {LOTTERY_UNCONFIRMED_LABELS[u]}
                  </Radio>
                ))}
              </Radio.Group>
            </Field>
            <Field label="未中签加权" error={errors['policy.lottery.weightLosses']}>
              <Checkbox
                checked={form.weightLosses}
                label="近期未中签的观众中签机会更大"
                onChange={(v) => set('weightLosses', v, 'policy.lottery.weightLosses')}
              />
            </Field>
          </Group>
        )}
      </View>

      <FooterBar>
        <Button type="primary" block size="large" loading={upsert.busy} onClick={submit}>
          {resource ? '保存修改' : '创建项目'}
        </Button>
      </FooterBar>
    </View>
  );
}

function Editor() {
  const { venueId = '', resourceId } = useRouter().params;
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

export default function ResourceEditPage() {
  return (
    <Page withFooter>
      <SignInGate>
        <Editor />
      </SignInGate>
    </Page>
  );
}

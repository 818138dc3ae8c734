import { Text } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { COMPLEXITIES, COMPLEXITY_LABELS, complaintRouteInput } from '@shared/contract/complaint';
import { parseInput } from '@shared/contract/zh';
import type { DepartmentView } from '@shared/contract/types';
import { SLA } from '@shared/rules/complaintSla';
import Button from '../../../ui/button';
import Radio from '../../../ui/radio';
import RemoteView from '../../../components/RemoteView';
import { useAction } from '../../../hooks/useAction';
import { useRemote } from '../../../hooks/useRemote';
import { call } from '../../../services/cloud';
import { duration } from '../../../utils/format';
import { toFieldErrors, type FieldErrors } from '../../../utils/fieldErrors';
import StepCard from './StepCard';
import type { StepProps } from './run';

type Complexity = (typeof COMPLEXITIES)[number];

const hours = (ms: number) => duration(ms / 60_000);
const COMPLEXITY_HINTS: Record<Complexity, string> = {
  general: `${hours(SLA.propose.general)}内制定方案`,
  complex: `${hours(SLA.propose.complex)}内制定方案`,
};

/** The departments complaints are routed to: never the receiving desk itself. */
const handling = (list: DepartmentView[]) => list.filter((d) => !d.receiving);

function RouteForm({ departments, ...props }: StepProps & { departments: DepartmentView[] }) {
  const { complaint, onDone } = props;
  const suggested = departments.find((d) => d.categories.includes(complaint.category))?.id ?? '';
  const [departmentId, setDepartmentId] = useState(suggested);
  const [complexity, setComplexity] = useState<Complexity>('general');
  const [errors, setErrors] = useState<FieldErrors>({});
  const route = useAction('complaint.route');
  useEffect(() => setDepartmentId(suggested), [suggested]);

  const submit = async () => {
    if (!departmentId) {
      setErrors({ departmentId: '请选择处理部门' });
      return;
    }
    const parsed = parseInput(complaintRouteInput, { complaintId: complaint.id, departmentId, complexity });
    if (!parsed.ok) {
      setErrors(toFieldErrors(parsed.fields));
      return;
    }
    const name = departments.find((d) => d.id === departmentId)?.name ?? '';
    const out = await route.run(parsed.data);
    if (out) onDone(out, `已转交${name}`);
  };

  return (
    <StepCard step="route" hint={`请在受理后${hours(SLA.route)}内转交。按投诉类别推荐了处理部门，可改选。`}>
      <Text className="step-panel__label">处理部门</Text>
      <Radio.Group
        className="step-panel__options"
        direction="horizontal"
        shape="button"
        value={departmentId}
        onChange={(v) => {
          setDepartmentId(String(v));
          setErrors({});
        }}
      >
        {departments.map((d) => (
          <Radio key={d.id} value={d.id} shape="button">
            {d.name}
          </Radio>
        ))}
      </Radio.Group>
      {errors.departmentId && (
        <Text className="step-panel__error" data-testid="step-error">
          {errors.departmentId}
        </Text>
      )}
      <Text className="step-panel__label">复杂程度</Text>
      <Radio.Group
        className="step-panel__options"
        direction="horizontal"
        shape="button"
        value={complexity}
        onChange={(v) => setComplexity(v as Complexity)}
      >
        {COMPLEXITIES.map((k) => (
          <Radio key={k} value={k} shape="button">
            {COMPLEXITY_LABELS[k]}
          </Radio>
        ))}
      </Radio.Group>
      <Text className="step-panel__note">{`${COMPLEXITY_LABELS[complexity]}投诉：处理部门须在${COMPLEXITY_HINTS[complexity]}`}</Text>
      <Button
        className="step-panel__submit"
        type="primary"
        block
        loading={route.busy}
        data-testid="step-route"
        onClick={submit}
      >
        转交
      </Button>
    </StepCard>
  );
}

/** The desk passes a received complaint to a handling department, general or complex. */
export default function RouteStep(props: StepProps) {
  const departments = useRemote(async () => handling(await call('department.list', {})), []);
  return (
    <RemoteView state={departments.state} onRetry={departments.reload} empty="暂无处理部门">
      {(list) => <RouteForm departments={list} {...props} />}
    </RemoteView>
  );
}

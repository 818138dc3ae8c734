import { Text } from '@tarojs/components';
import { useState } from 'react';
import { complaintOptionalTextInput, complaintTextInput } from '@shared/contract/complaint';
import { parseInput } from '@shared/contract/zh';
import type { ComplaintView } from '@shared/contract/types';
import { SLA } from '@shared/rules/complaintSla';
import Button from '../../../ui/button';
import { useAction } from '../../../hooks/useAction';
import { duration } from '../../../utils/format';
import StepCard from './StepCard';
import TextBox from './TextBox';
import type { StepProps } from './run';

export type TextStepAction = 'propose' | 'resolve' | 'reply' | 'followUp';

interface TextStepSpec {
  action: 'complaint.propose' | 'complaint.resolve' | 'complaint.reply' | 'complaint.followUp';
  hint: (c: ComplaintView) => string;
  placeholder: string;
  /** Propose and resolve need a text; the desk's reply and follow-up may go without. */
  required: boolean;
  submit: string;
  done: string;
}

const minutes = (ms: number) => duration(ms / 60_000);

const SPECS: Record<TextStepAction, TextStepSpec> = {
  propose: {
    action: 'complaint.propose',
    hint: (c) =>
      c.status === 'reopened'
        ? `投诉人对上次的处理不满意（第${c.reopens}次退回），请重新制定方案。提交后须在${minutes(SLA.resolve)}内处理完毕并反馈结果。`
        : `提交后须在${minutes(SLA.resolve)}内处理完毕并反馈结果。`,
    placeholder: '解决方案：准备怎样处理、由谁负责、何时完成',
    required: true,
    submit: '提交方案',
    done: '方案已提交',
  },
  resolve: {
    action: 'complaint.resolve',
    hint: () => `处理完毕后反馈结果，客服中心将在${minutes(SLA.reply)}内答复投诉人。`,
    placeholder: '处理结果：已经做了什么、现在的情况',
    required: true,
    submit: '提交处理结果',
    done: '已反馈处理结果',
  },
  reply: {
    action: 'complaint.reply',
    hint: (c) =>
      c.online
        ? '答复会通知投诉人，投诉人7天内确认是否满意。不填写答复内容时，转告处理部门的处理结果。'
        : '投诉人没有小程序账号，请通过其联系方式答复，并在此记录。不填写答复内容时，记为处理部门的处理结果。',
    placeholder: '答复内容（选填）',
    required: false,
    submit: '答复投诉人',
    done: '已答复',
  },
  followUp: {
    action: 'complaint.followUp',
    hint: () => `投诉人确认满意后${SLA.followUpWorkdays}个工作日内回访，回访后即可归档。`,
    placeholder: '回访记录，如：电话回访，投诉人表示满意（选填）',
    required: false,
    submit: '记录回访',
    done: '已记录回访',
  },
};

/** The department's latest result: what the desk passes on when it replies. */
const latestResult = (c: ComplaintView) => [...c.timeline].reverse().find((e) => e.kind === 'resolved')?.text;

/** A step that takes one text: propose, resolve (the department), reply, follow up (the desk). */
export default function TextStep({ step, complaint, onDone }: StepProps & { step: TextStepAction }) {
  const spec = SPECS[step];
  const action = useAction(spec.action);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const result = step === 'reply' ? latestResult(complaint) : undefined;

  const submit = async () => {
    const parsed = spec.required
      ? parseInput(complaintTextInput, { complaintId: complaint.id, text })
      : parseInput(complaintOptionalTextInput, { complaintId: complaint.id, text: text.trim() || undefined });
    if (!parsed.ok) {
      setError(parsed.fields.find((f) => f.path === 'text')?.message ?? parsed.fields[0].message);
      return;
    }
    const out = await action.run(parsed.data);
    if (out) onDone(out, spec.done);
  };

  return (
    <StepCard step={step} hint={spec.hint(complaint)}>
      {result && <Text className="step-panel__quote">处理部门的结果：{result}</Text>}
      <TextBox
        value={text}
        placeholder={spec.placeholder}
        maxLength={1000}
        error={error}
        testId="step-text"
        onChange={(v) => {
          setText(v);
          setError(undefined);
        }}
      />
      <Button
        className="step-panel__submit"
        type="primary"
        block
        loading={action.busy}
        data-testid={`step-${step}`}
        onClick={submit}
      >
        {spec.submit}
      </Button>
    </StepCard>
  );
}

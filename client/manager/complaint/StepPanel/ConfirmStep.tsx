import { Text } from '@tarojs/components';
import { useState } from 'react';
import { complaintConfirmInput } from '@shared/contract/complaint';
import { parseInput } from '@shared/contract/zh';
import Button from '../../../ui/button';
import Radio from '../../../ui/radio';
import { useAction } from '../../../hooks/useAction';
import StepCard from './StepCard';
import TextBox from './TextBox';
import type { StepProps } from './run';

type Answer = 'yes' | 'no' | '';

/** The desk records whether a complainant without an account is satisfied (told by phone, on site…). */
export default function ConfirmStep({ complaint, onDone }: StepProps) {
  const [answer, setAnswer] = useState<Answer>('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ satisfied?: string; comment?: string }>({});
  const confirm = useAction('complaint.confirm');

  const submit = async () => {
    if (!answer) {
      setErrors({ satisfied: '请选择投诉人是否满意' });
      return;
    }
    const parsed = parseInput(complaintConfirmInput, {
      complaintId: complaint.id,
      satisfied: answer === 'yes',
      comment: comment.trim() || undefined,
    });
    if (!parsed.ok) {
      setErrors({ comment: parsed.fields[0].message });
      return;
    }
    const out = await confirm.run(parsed.data);
    if (out) onDone(out, answer === 'yes' ? '已记录：满意' : '已记录：不满意，退回处理部门');
  };

  return (
    <StepCard
      step="confirm"
      hint="投诉人没有小程序账号，请在答复后询问其是否满意并记录；不满意将退回处理部门重新处理。"
    >
      <Text className="step-panel__label">投诉人是否满意</Text>
      <Radio.Group
        className="step-panel__options"
        direction="horizontal"
        shape="button"
        value={answer}
        onChange={(v) => {
          setAnswer(v as Answer);
          setErrors({});
        }}
      >
        <Radio value="yes" shape="button">
          满意
        </Radio>
        <Radio value="no" shape="button">
          不满意
        </Radio>
      </Radio.Group>
      {errors.satisfied && (
        <Text className="step-panel__error" data-testid="step-error">
          {errors.satisfied}
        </Text>
      )}
      <Text className="step-panel__label">投诉人的意见</Text>
      <TextBox
        value={comment}
        placeholder="投诉人的原话或意见（选填）"
        maxLength={500}
        error={errors.comment}
        testId="step-text"
        onChange={setComment}
      />
      <Button
        className="step-panel__submit"
        type="primary"
        block
        loading={confirm.busy}
        data-testid="step-confirm"
        onClick={submit}
      >
        记录意见
      </Button>
    </StepCard>
  );
}

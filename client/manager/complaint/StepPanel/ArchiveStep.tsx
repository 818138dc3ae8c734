import { useState } from 'react';
import Button from '../../../ui/button';
import ConfirmDialog from '../../../components/ConfirmDialog';
import { useAction } from '../../../hooks/useAction';
import StepCard from './StepCard';
import type { StepProps } from './run';

/** The desk closes the file: after the follow-up, or once a reply went unanswered for 7 days. */
export default function ArchiveStep({ complaint, onDone }: StepProps) {
  const [asking, setAsking] = useState(false);
  const archive = useAction('complaint.archive');

  const run = async () => {
    const out = await archive.run({ complaintId: complaint.id });
    if (out) onDone(out, '已归档');
  };

  const hint =
    complaint.status === 'no_answer' ? '投诉人7天内未确认是否满意，投诉已关闭，可以归档。' : '已完成回访，可以归档。';
  return (
    <StepCard step="archive" hint={hint}>
      <Button type="primary" block loading={archive.busy} data-testid="step-archive" onClick={() => setAsking(true)}>
        归档
      </Button>
      <ConfirmDialog
        visible={asking}
        title="归档投诉"
        content="归档后处理流程结束，投诉不能再更改。"
        confirmText="确认归档"
        onConfirm={run}
        onClose={() => setAsking(false)}
      />
    </StepCard>
  );
}

import { Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import Card from '../../../components/Card';
import { COMPLAINT_ACTION_LABELS, type ComplaintAction } from '@shared/contract/complaint';
import './index.css';

/** The card of the step the viewer may take: what it is, what follows, and its form. */
export default function StepCard({
  step,
  hint,
  children,
}: {
  step: ComplaintAction;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <Card title={COMPLAINT_ACTION_LABELS[step]} testId="complaint-step">
      {hint && <Text className="step-panel__hint">{hint}</Text>}
      {children}
    </Card>
  );
}

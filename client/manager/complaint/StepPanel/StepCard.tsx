import { Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import Card from '../../../components/Card';
import type { ComplaintAction } from '@shared/contract';
import { STEP_TITLES } from '../steps';
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
    <Card title={STEP_TITLES[step]} testId="complaint-step">
      {hint && <Text className="step-panel__hint">{hint}</Text>}
      {children}
    </Card>
  );
}

import { Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import Card from '../../../components/Card';
import { STEP_TITLES, type StepAction } from '../steps';
import './index.css';

/** The card of the step the viewer may take: what it is, what follows, and its form. */
export default function StepCard({ step, hint, children }: { step: StepAction; hint?: string; children: ReactNode }) {
  return (
    <Card title={STEP_TITLES[step]} testId="complaint-step">
      {hint && <Text className="step-panel__hint">{hint}</Text>}
      {children}
    </Card>
  );
}

import type { ComplaintAction } from '@shared/contract';
import ArchiveStep from './ArchiveStep';
import ConfirmStep from './ConfirmStep';
import RouteStep from './RouteStep';
import TextStep from './TextStep';
import type { StepProps } from './run';

/** The form of the one step the viewer may take on the complaint now. */
export default function StepPanel({ step, ...props }: StepProps & { step: ComplaintAction }) {
  switch (step) {
    case 'route':
      return <RouteStep {...props} />;
    case 'confirm':
      return <ConfirmStep {...props} />;
    case 'archive':
      return <ArchiveStep {...props} />;
    default:
      return <TextStep key={step} step={step} {...props} />;
  }
}

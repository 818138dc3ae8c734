import type { ComplaintView } from '@shared/contract';

/**
 * What every step form is given: the complaint, and what to do with the answer. A refused step is
 * handled by the one error policy (hooks/useAction): toasted, and the complaint loaded again when it
 * moved meanwhile or left the caller's hands.
 */
export interface StepProps {
  complaint: ComplaintView;
  /** The complaint as the server answered after the step, and the toast to show. */
  onDone: (complaint: ComplaintView, message: string) => void;
}

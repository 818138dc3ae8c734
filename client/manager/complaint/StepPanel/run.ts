import type { ComplaintView } from '@shared/contract';
import { CallError } from '../../../services/callError';
import { toastError } from '../../../services/toast';

/** What every step form is given: the complaint, and what to do with the answer. */
export interface StepProps {
  complaint: ComplaintView;
  /** The complaint as the server answered after the step, and the toast to show. */
  onDone: (complaint: ComplaintView, message: string) => void;
  /** The step was refused because the complaint moved meanwhile: load it again. */
  onStale: () => void;
}

/** Shows a refusal as a toast; a complaint that moved (or left the caller's hands) is loaded again. */
export function refused(e: unknown, onStale: () => void) {
  toastError(e);
  if (e instanceof CallError && (e.code === 'INVALID_STATE' || e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN'))
    onStale();
}

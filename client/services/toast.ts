// Toasts on the current page (each page renders <Toast id="toast" /> through components/Page).
import Toast from '../ui/toast';
import { errorMessage } from './errorPolicy';

export const TOAST_ID = 'toast';

export function toastSuccess(content: string) {
  Toast.show(TOAST_ID, { content, icon: 'success', duration: 1.5 });
}

export function toastFail(content: string) {
  Toast.show(TOAST_ID, { content, icon: 'fail', duration: 2.5 });
}

export function toastError(e: unknown) {
  toastFail(errorMessage(e));
}

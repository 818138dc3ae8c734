import Dialog from '../../ui/dialog';

interface ConfirmDialogProps {
  visible: boolean;
  title: string;
  content: string;
  confirmText: string;
  /** Runs on confirm; the dialog closes when it settles. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

/** Asks before a step that cannot be undone. */
export default function ConfirmDialog({
  visible,
  title,
  content,
  confirmText,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  return (
    <Dialog
      visible={visible}
      title={title}
      content={content}
      confirmText={confirmText}
      cancelText="再想想"
      onConfirm={() => onConfirm().finally(onClose)}
      onCancel={onClose}
      onClose={onClose}
    />
  );
}

import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { FieldError } from '@shared/errors';
import Dialog from '../../../ui/dialog';
import Input from '../../../ui/input';
import { errorMessage } from '../../../services/errorPolicy';
import './index.css';

type Parsed<T> = { ok: true; data: T } | { ok: false; fields: FieldError[] };

interface InputDialogProps<T> {
  visible: boolean;
  title: string;
  /** What the step does, shown above the input. */
  note?: string;
  placeholder: string;
  type?: 'text' | 'number';
  /** The text in the input each time the dialog opens. */
  initial?: string;
  maxLength?: number;
  confirmText: string;
  /** Turns the typed text into the action's input with its schema (`parseInput`). */
  parse: (text: string) => Parsed<T>;
  /** Runs the action; the dialog closes when it succeeds. */
  onSubmit: (input: T) => Promise<unknown>;
  onClose: () => void;
}

/**
 * Asks for one value (a reason, a number) before a step. A check or a refusal by the server shows its
 * message under the input and keeps the dialog open, so the manager can correct it.
 */
export default function InputDialog<T>({
  visible,
  title,
  note,
  placeholder,
  type = 'text',
  initial = '',
  maxLength = 100,
  confirmText,
  parse,
  onSubmit,
  onClose,
}: InputDialogProps<T>) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!visible) return;
    setText(initial);
    setError(undefined);
  }, [visible, initial]);

  const problem = async (): Promise<string | undefined> => {
    const parsed = parse(text);
    if (!parsed.ok) return parsed.fields[0].message;
    try {
      await onSubmit(parsed.data);
      return undefined;
    } catch (e) {
      return errorMessage(e);
    }
  };

  // NutUI's Dialog closes when onConfirm resolves and stays open when it rejects.
  const confirm = async () => {
    const message = await problem();
    if (message === undefined) return;
    setError(message);
    throw new Error(message);
  };

  return (
    <Dialog
      visible={visible}
      title={title}
      confirmText={confirmText}
      cancelText="取消"
      onConfirm={confirm}
      onCancel={onClose}
      onClose={onClose}
    >
      <View className="input-dialog">
        {note && <Text className="input-dialog__note">{note}</Text>}
        <View className={`input-dialog__box${error ? ' input-dialog__box--error' : ''}`}>
          <Input
            type={type}
            value={text}
            placeholder={placeholder}
            maxLength={maxLength}
            onChange={(v) => {
              setText(v);
              setError(undefined);
            }}
          />
        </View>
        {error && (
          <Text className="input-dialog__error" data-testid="input-dialog-error">
            {error}
          </Text>
        )}
      </View>
    </Dialog>
  );
}

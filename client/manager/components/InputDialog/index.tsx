import { Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { parseInput } from '@shared/contract/zh';
import type { ActionInput, ActionOutput, MutatingAction } from '@shared/contract';
import Dialog from '../../../ui/dialog';
import Input from '../../../ui/input';
import { useReloadPage } from '../../../hooks/pageData';
import { useAction, type ActionOptions } from '../../../hooks/useAction';
import './index.css';

interface InputDialogProps<A extends MutatingAction> {
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
  /** The action the dialog runs on confirm. */
  action: A;
  /** The action's input from the typed text. */
  toInput: (text: string) => unknown;
  /** The action's schema: the input is checked on the phone first, with the server's messages. */
  schema: z.ZodType<ActionInput<A>, z.ZodTypeDef, unknown>;
  success: ActionOptions<A>['success'];
  /** After the action succeeded, with its answer; the dialog then closes. */
  onDone: (out: ActionOutput<A>) => void;
  onClose: () => void;
}

/**
 * Asks for one value (a reason, a number) and runs one action with it. What the check on the phone or the
 * server's INVALID_INPUT says shows under the input; a refusal is toasted (services/errorPolicy) and keeps
 * the dialog open to be corrected or confirmed again, except a stale one: what the dialog was about has
 * moved on, so the page loads its data again and the dialog closes.
 */
export default function InputDialog<A extends MutatingAction>({
  visible,
  title,
  note,
  placeholder,
  type = 'text',
  initial = '',
  maxLength = 100,
  confirmText,
  action,
  toInput,
  schema,
  success,
  onDone,
  onClose,
}: InputDialogProps<A>) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string>();
  const stale = useRef(false);
  const reloadPage = useReloadPage();
  const runner = useAction(action, {
    success,
    onFields: (fields) => setError(Object.values(fields).find(Boolean)),
    onStale: () => {
      stale.current = true;
      reloadPage();
    },
  });

  useEffect(() => {
    if (!visible) return;
    setText(initial);
    setError(undefined);
  }, [visible, initial]);

  /** True when the dialog may close. */
  const done = async (): Promise<boolean> => {
    const parsed = parseInput(schema, toInput(text));
    if (!parsed.ok) {
      setError(parsed.fields[0].message);
      return false;
    }
    stale.current = false;
    const out = await runner.run(parsed.data);
    if (out !== undefined) onDone(out);
    return out !== undefined || stale.current;
  };

  // NutUI's Dialog closes when onConfirm resolves and stays open when it rejects.
  const confirm = async () => {
    if (!(await done())) throw new Error('kept open');
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

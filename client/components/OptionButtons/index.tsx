import Radio from '../../ui/radio';
import './index.css';

interface OptionButtonsProps<T extends string> {
  value: T | undefined;
  options: readonly T[];
  /** What each option reads as. */
  label: (option: T) => string;
  onChange: (option: T) => void;
  /** `data-testid` of each button is `${testId}-${option}`. */
  testId?: string;
}

/** A one-of choice drawn as a row of buttons that wraps (证件类型, 项目类型, 角色 …). */
export default function OptionButtons<T extends string>({
  value,
  options,
  label,
  onChange,
  testId,
}: OptionButtonsProps<T>) {
  return (
    <Radio.Group
      className="option-buttons"
      direction="horizontal"
      shape="button"
      value={value}
      onChange={(v) => onChange(v as T)}
    >
      {options.map((o) => (
        <Radio key={o} value={o} shape="button" data-testid={testId && `${testId}-${o}`}>
          {label(o)}
        </Radio>
      ))}
    </Radio.Group>
  );
}

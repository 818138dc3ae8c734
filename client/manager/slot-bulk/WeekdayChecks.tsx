import Checkbox from '../../ui/checkbox';
import { WEEKDAYS } from './bulk';
import './WeekdayChecks.css';

interface WeekdayChecksProps {
  /** The checked weekdays as the contract numbers them, in text (`'1'` = Monday, `'0'` = Sunday). */
  value: string[];
  onChange: (value: string[]) => void;
}

/** The week as seven toggle buttons in one row, Monday first: 一 二 三 四 五 六 日. */
export default function WeekdayChecks({ value, onChange }: WeekdayChecksProps) {
  return (
    <Checkbox.Group className="weekday-checks" direction="horizontal" value={value} onChange={onChange}>
      {WEEKDAYS.map((w) => (
        <Checkbox key={w.value} value={w.value} shape="button" label={w.label} />
      ))}
    </Checkbox.Group>
  );
}

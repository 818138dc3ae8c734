import { COMPLAINT_CATEGORIES, COMPLAINT_CATEGORY_LABELS, type ComplaintCategory } from '@shared/contract';
import Radio from '../../ui/radio';

interface CategoryPickerProps {
  value: ComplaintCategory | '';
  onChange: (category: ComplaintCategory) => void;
  className?: string;
}

/** The six complaint categories as option buttons (filing and registering a complaint). */
export default function CategoryPicker({ value, onChange, className }: CategoryPickerProps) {
  return (
    <Radio.Group
      className={className}
      direction="horizontal"
      shape="button"
      value={value}
      onChange={(v) => onChange(v as ComplaintCategory)}
    >
      {COMPLAINT_CATEGORIES.map((c) => (
        <Radio key={c} value={c} shape="button">
          {COMPLAINT_CATEGORY_LABELS[c]}
        </Radio>
      ))}
    </Radio.Group>
  );
}

import { z } from 'zod';
import { COMPLAINT_CATEGORIES, COMPLAINT_CATEGORY_LABELS, type ComplaintCategory } from '@shared/contract/complaint';
import OptionButtons from '../OptionButtons';

/**
 * A one-of choice a form requires, for its schema: when none is made the field asks for it in plain words
 * (the action's schema would only say 必填).
 */
export const chosen = <T extends string>(options: readonly T[], message: string) =>
  z.custom<T>((v) => options.includes(v as T), message);

/** The category of a complaint form's schema. */
export const chosenCategory = chosen(COMPLAINT_CATEGORIES, '请选择投诉类别');

interface CategoryPickerProps {
  value: ComplaintCategory | undefined;
  onChange: (category: ComplaintCategory) => void;
}

/** The six complaint categories as option buttons (filing and registering a complaint). */
export default function CategoryPicker({ value, onChange }: CategoryPickerProps) {
  return (
    <OptionButtons
      value={value}
      options={COMPLAINT_CATEGORIES}
      label={(c) => COMPLAINT_CATEGORY_LABELS[c]}
      onChange={onChange}
    />
  );
}

import { Textarea } from '@tarojs/components';
import { ID_TYPE_SHORT_LABELS, ID_TYPES, type IdType } from '@shared/rules/idDocument';
import Input from '../../../ui/input';
import Field from '../../../components/Field';
import OptionButtons from '../../../components/OptionButtons';
import './index.css';

/** The person staff book for at the desk (desk.book, desk.bookRange), as typed. */
export interface PersonValues {
  name: string;
  phone: string;
  company: string;
  idType: IdType;
  idNumber: string;
  needs: string;
}

type PersonKey = keyof PersonValues;

/** The form holding the person (useForm's, or the page's own hook): methods, so a wider form fits. */
interface PersonForm {
  values: PersonValues;
  set<K extends PersonKey>(key: K, value: PersonValues[K]): void;
  error(path: PersonKey): string | undefined;
}

/** One row: the value, its label, and the placeholder of a typed value. */
export interface PersonField {
  key: PersonKey;
  label: string;
  placeholder?: string;
}

/** The longest typed values, as the function takes them. */
const MAX_LENGTH: Record<Exclude<PersonKey, 'idType' | 'needs'>, number> = {
  name: 30,
  phone: 11,
  company: 60,
  idNumber: 32,
};

function Control({ form, field }: { form: PersonForm; field: PersonField }) {
  const { values, set } = form;
  const { key, placeholder } = field;
  if (key === 'idType')
    return (
      <OptionButtons
        value={values.idType}
        options={ID_TYPES}
        label={(t) => ID_TYPE_SHORT_LABELS[t]}
        onChange={(t) => set('idType', t)}
      />
    );
  if (key === 'needs')
    return (
      <Textarea
        className="staff-form__textarea"
        value={values.needs}
        placeholder={placeholder}
        maxlength={200}
        onInput={(e) => set('needs', e.detail.value)}
      />
    );
  return (
    <Input
      type={key === 'phone' ? 'number' : undefined}
      value={values[key]}
      placeholder={placeholder}
      maxLength={MAX_LENGTH[key]}
      onChange={(v) => set(key, v)}
    />
  );
}

/**
 * The rows of the person's details, in the page's order and words (a walk-in as on their ID, a customer with
 * their company), inside a `staff-form` card.
 */
export default function PersonFields({ form, fields }: { form: PersonForm; fields: PersonField[] }) {
  return (
    <>
      {fields.map((f) => (
        <Field key={f.key} label={f.label} error={form.error(f.key)}>
          <Control form={form} field={f} />
        </Field>
      ))}
    </>
  );
}

import { Text, View } from '@tarojs/components';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  departmentUpsertInput,
  type ComplaintCategory,
} from '@shared/contract/complaint';
import type { DepartmentView } from '@shared/contract/types';
import Button from '../../ui/button';
import Checkbox from '../../ui/checkbox';
import Input from '../../ui/input';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import { useForm } from '../../hooks/useForm';
import { goBack } from '../../services/navigate';
import NumberField from '../components/NumberField';
import type { Editing } from '../load';
import { inputOf, valuesOf } from './department';

/** A complaint department: its name, the categories it usually takes, whether it is the receiving desk. */
export default function DepartmentForm({ record: department, order }: Editing<DepartmentView>) {
  const form = useForm('admin.department.upsert', {
    initial: valuesOf(department, order),
    toInput: (v) => inputOf(v, department?.id),
    schema: departmentUpsertInput,
    success: '已保存',
    onDone: () => goBack(800),
  });
  const { values, set, error } = form;

  return (
    <View>
      <View className="department-form__group">
        <Field label="部门名称" error={error('name')}>
          <Input value={values.name} placeholder="如：展览部" maxLength={30} onChange={(v) => set('name', v)} />
        </Field>
        <Field label="负责类别" error={error('categories')}>
          <Checkbox.Group
            className="department-form__categories"
            direction="horizontal"
            value={values.categories}
            onChange={(v) => set('categories', v as ComplaintCategory[])}
          >
            {COMPLAINT_CATEGORIES.map((c) => (
              <Checkbox key={c} value={c} shape="button" label={COMPLAINT_CATEGORY_LABELS[c]} />
            ))}
          </Checkbox.Group>
        </Field>
        <Field label="受理窗口" error={error('receiving')}>
          <Checkbox
            checked={values.receiving}
            label="本部门是受理窗口（客服中心）"
            onChange={(v) => set('receiving', v)}
          />
        </Field>
        <NumberField
          label="排序"
          unit="（小的在前）"
          value={values.order}
          error={error('order')}
          onChange={(v) => set('order', v)}
        />
      </View>
      <Text className="department-form__hint">
        受理窗口接收全部投诉，负责转交处理部门、答复投诉人和回访；负责类别用于转交时推荐处理部门。
      </Text>

      <FooterBar>
        <Button type="primary" block size="large" loading={form.busy} onClick={form.submit}>
          {department ? '保存修改' : '创建部门'}
        </Button>
      </FooterBar>
    </View>
  );
}

// The department form's values and the admin.department.upsert input they make.
import type { ComplaintCategory, DepartmentView } from '@shared/contract';
import { toNumber } from '../form';

export interface DepartmentValues {
  name: string;
  categories: ComplaintCategory[];
  receiving: boolean;
  /** Typed text. */
  order: string;
}

/** The form of a department (or of a new one) at its place `order` in the list. */
export const valuesOf = (department: DepartmentView | null, order: number): DepartmentValues => ({
  name: department?.name ?? '',
  categories: department?.categories ?? [],
  receiving: department?.receiving ?? false,
  order: String(order),
});

/** What admin.department.upsert takes, before the schema checks it; a new department has no id yet. */
export const inputOf = (values: DepartmentValues, id: string | undefined) => ({
  id,
  name: values.name,
  categories: values.categories,
  receiving: values.receiving,
  order: toNumber(values.order),
});

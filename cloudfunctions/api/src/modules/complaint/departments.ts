// Departments are data: the receiving desk (客服中心) and the handling departments, each with the
// categories it usually takes. Handlers belong to one through their role grant's departmentId.
import { AppError } from '@shared/errors';
import { grantsRole, type DepartmentView, type RoleGrant } from '@shared/contract';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { DepartmentDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import type { Deps } from '../../deps';
import { loadRoles } from '../user/roles';
import { newId } from '../../lib/ids';

export async function allDepartments(deps: Deps): Promise<DepartmentDoc[]> {
  return readAll<DepartmentDoc>(
    deps.db.collection(COLLECTIONS.departments).orderBy('order', 'asc').orderBy('_id', 'asc'),
    100,
  );
}

export async function requireHandlingDepartment(deps: Deps, id: string): Promise<DepartmentDoc> {
  const { data } = await deps.db.collection(COLLECTIONS.departments).doc(id).get();
  const d = data as DepartmentDoc | null;
  if (!d || d.receiving) throw new AppError('NOT_FOUND', { departmentId: id }, '未找到该处理部门');
  return d;
}

export function departmentView(d: DepartmentDoc): DepartmentView {
  return { id: d._id, name: d.name, categories: d.categories, receiving: d.receiving, order: d.order };
}

/** The departments the caller handles complaints for, from their handler grants. */
export function handlerDepartments(roles: RoleGrant[]): string[] {
  return roles.filter((g) => g.role === 'handler' && g.departmentId).map((g) => g.departmentId!);
}

export const upsertDepartment: Handler<'admin.department.upsert'> = async ({ deps, record }, input) => {
  const doc: DepartmentDoc = {
    _id: input.id ?? newId(),
    name: input.name,
    categories: input.categories,
    receiving: input.receiving,
    order: input.order,
  };
  const { _id, ...fields } = doc;
  await deps.db.collection(COLLECTIONS.departments).doc(_id).set({ data: fields });
  record({ target: _id, detail: { name: doc.name, categories: doc.categories, receiving: doc.receiving } });
  return departmentView(doc);
};

export const listDepartments: Handler<'department.list'> = async ({ deps, openid }) => {
  const roles = await loadRoles(deps.db, openid);
  if (!grantsRole(roles, 'staff') && !handlerDepartments(roles).length) throw new AppError('FORBIDDEN');
  return (await allDepartments(deps)).map(departmentView);
};

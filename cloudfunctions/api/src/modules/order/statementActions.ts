// desk.statement (the ticket window's day, staff of the venue) and admin.finance.statement (the month,
// managers of the venue), both sums of the orders (statement.ts).
import { grantsRole, type RoleGrant } from '@shared/contract';
import { AppError } from '@shared/errors';
import type { Handler } from '../../context';
import type { Deps } from '../../deps';
import { loadPeople } from '../user/people';
import { dayStatement, monthStatement } from './statement';

function assertRole(roles: RoleGrant[], role: 'staff' | 'manager', venueId: string) {
  if (!grantsRole(roles, role, venueId)) throw new AppError('FORBIDDEN', { venueId }, '只能查看本场馆的报表');
}

const names = (deps: Deps) => async (openids: string[]) =>
  new Map([...(await loadPeople(deps, openids))].map(([id, p]) => [id, p.name]));

export const deskStatement: Handler<'desk.statement'> = async ({ deps, roles }, { venueId, date }) => {
  assertRole(roles, 'staff', venueId);
  return dayStatement(deps, venueId, date, names(deps));
};

export const financeStatement: Handler<'admin.finance.statement'> = async ({ deps, roles }, { venueId, month }) => {
  assertRole(roles, 'manager', venueId);
  return monthStatement(deps, venueId, month);
};

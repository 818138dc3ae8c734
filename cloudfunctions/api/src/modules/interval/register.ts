// admin.resource.usage: a resource's register (seed 004: 资源台账，记录资源的基本信息、使用情况) — its
// bookings over the dates with who, what for, whether used and returned in what condition, and its
// utilisation per week and month (shared/rules/utilisation.ts has the formulas). For the managers of its
// venue; the people are named as the booking names them (the colleague's profile name and department, the
// customer and company), never by ID number or full phone.
import type { UsageRowView } from '@shared/contract';
import { stateError } from '@shared/errors';
import { intervalRules } from '@shared/rules/interval';
import { resolvePolicy } from '@shared/rules/policy';
import { utilisation } from '@shared/rules/utilisation';
import { toIso } from '@shared/time';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import { requireManagedResource } from '../slot/create';

/** More than a quarter of a busy room's bookings: the register reads no further. */
const MAX_ROWS = 3000;

function row(b: BookingDoc): UsageRowView {
  return {
    id: b._id,
    start: toIso(b.start),
    end: toIso(b.end),
    status: b.status,
    ...(b.interval ? { purpose: b.interval.purpose, headcount: b.interval.headcount } : {}),
    ...(b.booker ? { booker: b.booker.name } : b.attendees[0] ? { booker: b.attendees[0].name } : {}),
    ...(b.booker?.department ? { department: b.booker.department } : {}),
    ...(b.desk?.company ? { company: b.desk.company } : {}),
    ...(b.checkedInAt ? { checkedInAt: toIso(b.checkedInAt) } : {}),
    ...(b.returned ? { returned: b.returned.condition } : {}),
    ...(b.unreturned ? { unreturned: true } : {}),
  };
}

export const resourceUsage: Handler<'admin.resource.usage'> = async ({ deps, roles }, input) => {
  const resource = await requireManagedResource(deps, roles, input.resourceId);
  if (resource.mode !== 'interval') throw stateError('not_interval', '该项目按时段预约，请在时段管理中查看');
  const policy = resolvePolicy(resource.policy);
  const _ = deps.db.command;
  const bookings = await readAll<BookingDoc>(
    deps.db
      .collection(COLLECTIONS.bookings)
      .where({ resourceId: resource._id, date: _.gte(input.from).and(_.lte(input.to)) })
      .orderBy('start', 'asc')
      .orderBy('_id', 'asc'),
    MAX_ROWS,
  );
  const { weeks, months } = utilisation(
    input.from,
    input.to,
    intervalRules(policy),
    policy.interval.quantity,
    bookings,
  );
  return {
    resourceId: resource._id,
    resourceName: resource.name,
    from: input.from,
    to: input.to,
    quantity: policy.interval.quantity,
    bookings: bookings.map(row),
    weeks,
    months,
  };
};

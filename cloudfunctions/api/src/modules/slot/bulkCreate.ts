import { stateError } from '@shared/errors';
import { addDays, atLocal, daysBetween, weekdayOf } from '@shared/time';
import type { Handler } from '../../context';
import { audit } from '../audit/log';
import { insertSlot, newSlot, requireManagedResource } from './create';

/** Every listed weekday in [from, to] × every time: slots that already exist are skipped. */
export const bulkCreateSlots: Handler<'admin.slot.bulkCreate'> = async ({ deps, openid, roles }, input) => {
  const resource = await requireManagedResource(deps, roles, input.resourceId);
  if (resource.allocation === 'lottery')
    throw stateError('lottery_resource', '抽签项目的时段请逐个创建（需设置报名截止和抽签时间）');
  const now = deps.clock();
  let created = 0;
  let skipped = 0;
  for (let d = 0; d <= daysBetween(input.from, input.to); d++) {
    const date = addDays(input.from, d);
    if (!input.weekdays.includes(weekdayOf(date))) continue;
    for (const t of input.times) {
      const slot = newSlot(resource, atLocal(date, t.start), atLocal(date, t.end), input.capacity, now);
      if (await insertSlot(deps, slot)) created++;
      else skipped++;
    }
  }
  await audit(deps, {
    actor: openid,
    action: 'admin.slot.bulkCreate',
    target: resource._id,
    detail: { ...input, created, skipped },
  });
  return { created, skipped };
};

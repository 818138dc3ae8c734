import { stateError } from '@shared/errors';
import { bulkWindows } from '@shared/rules/slotBulk';
import type { Handler } from '../../context';
import { audit } from '../audit/log';
import { insertSlot, newSlot, requireManagedResource } from './create';

/** The request's slots (shared/rules/slotBulk.ts), one by one: slots that already exist are skipped. */
export const bulkCreateSlots: Handler<'admin.slot.bulkCreate'> = async ({ deps, openid, roles }, input) => {
  const resource = await requireManagedResource(deps, roles, input.resourceId);
  if (resource.allocation === 'lottery')
    throw stateError('lottery_resource', '抽签项目的时段请逐个创建（需设置报名截止和抽签时间）');
  const now = deps.clock();
  let created = 0;
  let skipped = 0;
  for (const { start, end } of bulkWindows(input)) {
    if (await insertSlot(deps, newSlot(resource, start, end, input.capacity, now))) created++;
    else skipped++;
  }
  await audit(deps, {
    actor: openid,
    action: 'admin.slot.bulkCreate',
    target: resource._id,
    detail: { ...input, created, skipped },
  });
  return { created, skipped };
};

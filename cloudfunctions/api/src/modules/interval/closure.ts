// admin.resource.close on a resource booked by the hour (a room under repair, equipment away): every
// business date in [from, to] is closed in its own day document, by a write on the day's version that
// every reservation also writes on (dayLedger.ts `closeDay`). So a booking racing the closure either
// landed first, and the day's sweep cancels it (sweepDay.ts), or reads the closure and is refused; no
// booking is left standing on a closed day. Reopening is not offered: closing a closed day changes
// nothing, so a second closure cancels and tells nobody twice.
import type { ParsedInput } from '@shared/contract';
import { addDays } from '@shared/time';
import type { ResourceDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { derivedId, newId } from '../../lib/ids';
import { closeDay, findDay, ledgerId } from './dayLedger';
import { sweepClosedDay } from './sweepDay';

/**
 * Closes the days one by one and answers the ids of those this closure closed. The closure's id derives
 * from the request, so a retry after a lost answer counts the days its first delivery closed as its own.
 */
export async function closeDays(
  deps: Deps,
  resource: ResourceDoc,
  { from, to, reason }: ParsedInput<'admin.resource.close'>,
  requestId: string | null,
): Promise<string[]> {
  const closureId = derivedId('close', resource._id, requestId ?? newId());
  const closed: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1))
    if (await closeDay(deps, resource._id, date, reason, closureId)) closed.push(ledgerId(resource._id, date));
  return closed;
}

/** One sweep batch of a closed day, read afresh; false when there is nothing (more) to do now. */
export async function sweepDayBatch(deps: Deps, dayId: string): Promise<boolean> {
  const day = await findDay(deps, dayId);
  return day?.sweepPending === true && sweepClosedDay(deps, day);
}

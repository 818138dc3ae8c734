// attendee.remove. Bookings keep their own masked copy of each attendee, so removing one would leave
// them intact — which is exactly why it is refused while the attendee is on anything still running:
// otherwise one account could add a person, book, remove them and add another without end (the
// account's places per day are also capped atomically by claims, booking/claims.ts; this is the
// second line, and the one the visitor understands).
import { AppError, stateError } from '@shared/errors';
import { dateTime } from '@shared/dates';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { Deps } from '../../deps';
import { ACTIVE_STATUSES } from '../booking/transition';

interface Use {
  resourceName: string;
  start: number;
}

/** The first booking, waiting entry or lottery application still running that includes the attendee. */
async function firstUse(deps: Deps, openid: string, attendeeId: string): Promise<{ what: string; use: Use } | null> {
  const _ = deps.db.command;
  const uses: [string, string, string[]][] = [
    ['预约', COLLECTIONS.bookings, [...ACTIVE_STATUSES]],
    ['候补', COLLECTIONS.waitlist, ['waiting', 'promoting']],
    ['抽签报名', COLLECTIONS.applications, ['applied', 'won']],
  ];
  const found = await Promise.all(
    uses.map(async ([what, coll, statuses]) => {
      const { data } = await deps.db
        .collection(coll)
        .where({ openid, status: _.in(statuses), 'attendees.id': attendeeId })
        .limit(1)
        .get();
      return data.length ? { what, use: data[0] as Use } : null;
    }),
  );
  return found.find((f) => f !== null) ?? null;
}

export const removeAttendee: Handler<'attendee.remove'> = async ({ deps, openid }, input) => {
  const { data } = await deps.db
    .collection(COLLECTIONS.attendees)
    .where({ _id: input.attendeeId, openid })
    .limit(1)
    .get();
  if (data.length === 0) throw new AppError('NOT_FOUND', { attendeeId: input.attendeeId }, '未找到该参观人');
  const inUse = await firstUse(deps, openid, input.attendeeId);
  if (inUse) {
    const { what, use } = inUse;
    const when = dateTime(use.start);
    throw stateError('attendee_in_use', `该参观人在${what}「${use.resourceName} ${when}」中，请先取消后再删除`, {
      kind: what,
      resourceName: use.resourceName,
      start: when,
    });
  }
  const res = await deps.db.collection(COLLECTIONS.attendees).where({ _id: input.attendeeId, openid }).remove();
  if (res.stats.removed !== 1) throw new AppError('NOT_FOUND', { attendeeId: input.attendeeId }, '未找到该参观人');
  return {};
};

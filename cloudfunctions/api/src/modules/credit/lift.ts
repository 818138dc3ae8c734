import { grantsRole } from '@shared/contract';
import { AppError } from '@shared/errors';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { AttendeeDoc, CreditLiftDoc } from '../../db/docs';
import { managedVenues } from '../admin/scope';

/**
 * Lifts the block on an ID number at a venue (or, for a manager of every venue without venueId, at
 * every venue): no-shows recorded there before now stop counting. Logged in the audit trail.
 */
export const liftCredit: Handler<'admin.credit.lift'> = async ({ deps, openid, roles, record }, input) => {
  const { data } = await deps.db.collection(COLLECTIONS.attendees).doc(input.attendeeId).get();
  const attendee = data as AttendeeDoc | null;
  if (!attendee) throw new AppError('NOT_FOUND', { attendeeId: input.attendeeId }, '未找到该参观人');
  const managed = managedVenues(roles);
  let venueId = input.venueId;
  if (venueId && !grantsRole(roles, 'manager', venueId)) throw new AppError('FORBIDDEN', { venueId });
  if (!venueId) {
    if (managed === null) venueId = '*';
    else if (managed.length === 1) venueId = managed[0];
    else throw new AppError('INVALID_INPUT', { fields: [{ path: 'data.venueId', message: '请选择场馆' }] });
  }
  const lift: CreditLiftDoc = { idHash: attendee.idHash, venueId, at: deps.clock(), by: openid, reason: input.reason };
  await deps.db.collection(COLLECTIONS.creditLifts).add({ data: lift });
  record({ venueId, target: attendee._id, detail: { reason: input.reason } });
  return { lifted: true };
};

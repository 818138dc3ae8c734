// slot.seats: a seated session's map and the seats taken (sold, or held for a payment), for the visitor's
// seat picker. Public like slot.list; it names seats, never who holds them.
import { AppError } from '@shared/errors';
import type { PublicHandler } from '../../context';
import { findSlot, requireResource, takenSeats } from './repository';

export const slotSeats: PublicHandler<'slot.seats'> = async ({ deps }, { slotId }) => {
  const slot = await findSlot(deps.db, slotId);
  if (!slot) throw new AppError('NOT_FOUND', { slotId }, '未找到该场次');
  const resource = await requireResource(deps.db, slot.resourceId);
  if (!resource.seatMap) throw new AppError('NOT_FOUND', { slotId }, '该场次不设座位');
  return { slotId, seatMap: resource.seatMap, taken: [...(await takenSeats(deps.db, slotId))] };
};

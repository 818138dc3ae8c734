// Who a desk booking belongs to and who may see it. Its owner is a walk-in's synthetic account, so no
// one signs in as the owner: the staff of its venue are the only people who ever act on it.
import { grantsRole, type RoleGrant } from '@shared/contract';
import { AppError } from '@shared/errors';
import type { BookingDoc } from '../../db/docs';
import { derivedId } from '../../lib/ids';

/**
 * The walk-in's account for one desk request: derived from (staff OpenID, requestId), so a repeat of the
 * request finds the same person and booking. Never a real OpenID (those do not start with `desk`), so
 * nobody can ever sign in as it, and it is no one else's: each desk booking is its own account.
 */
export const deskOwner = (staffOpenid: string, requestId: string): string => derivedId('desk', staffOpenid, requestId);

export type DeskBooking = BookingDoc & { desk: NonNullable<BookingDoc['desk']> };

/**
 * A desk booking at a venue the caller is staff of. NOT_FOUND for none, or for a visitor's own booking
 * (desk.booking is no way to read those); FORBIDDEN for another venue's, as checkin.manual answers staff
 * for any booking id there, so it tells them nothing new.
 */
export function requireDeskBookingOf(roles: RoleGrant[], booking: BookingDoc | null, bookingId: string): DeskBooking {
  if (!booking?.desk) throw new AppError('NOT_FOUND', { bookingId }, '未找到该预约');
  if (!grantsRole(roles, 'staff', booking.venueId))
    throw new AppError('FORBIDDEN', { venueId: booking.venueId }, '这是其他场馆的预约');
  return booking as DeskBooking;
}

// When a booking by the hour may start being used by its booker: a room or showroom, confirmed, in its
// check-in window. Equipment is handed out by staff instead (their check-in), so that who holds an
// item is recorded by the person who gave it.
import type { BookingDoc } from '../../db/docs';

export const mayStartUse = (b: BookingDoc, now: number): boolean =>
  b.interval !== undefined &&
  !b.interval.equipment &&
  b.status === 'confirmed' &&
  now >= b.checkinOpensAt &&
  now < b.end;

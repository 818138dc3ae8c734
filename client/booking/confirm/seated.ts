// A seated session's confirm page (seed 001): the seats chosen on the map go to the selected attendees in
// the order they were selected, each seat with its label and its price zone. Pure.
import { seatLabel } from '@shared/rules/seats';
import type { SeatIndex } from '../seats/selection';

export interface SeatAssignment {
  /** booking.create's `seats`: seat id by attendee id. */
  seats: Record<string, string>;
  zones: Record<string, string | undefined>;
  labels: Record<string, string>;
}

export function assignSeats(selected: readonly string[], seatIds: readonly string[], index: SeatIndex): SeatAssignment {
  const out: SeatAssignment = { seats: {}, zones: {}, labels: {} };
  selected.forEach((attendeeId, i) => {
    const seat = index.get(seatIds[i]);
    if (!seat) return;
    out.seats[attendeeId] = seat.id;
    out.zones[attendeeId] = seat.zoneId;
    out.labels[attendeeId] = seatLabel(seat);
  });
  return out;
}

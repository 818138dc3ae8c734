// The seats of a booking on a seated session (seed 001): those the visitor chose on the map, or the best
// free ones next to each other (rules/seats.ts bestSeats). A seat is sold once because it is taken in the
// same conditional update as the places (places.ts): of any number of buyers of one seat at one moment
// exactly one update finds it free. This file only chooses and explains.
import { AppError } from '@shared/errors';
import { createHash } from 'crypto';
import { bestBlocks, seatLabel, seatsOf, type Seat } from '@shared/rules/seats';
import { COLLECTIONS } from '../../db/schema';
import type { BookingAttendee, ResourceDoc, SlotDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { takenSeats } from '../catalog/repository';
import { slotFull, takeHolding } from './places';

/** Each attendee's seat, by attendee id. */
export type Seating = Map<string, Seat>;

export interface SeatRequest {
  seats?: Record<string, string>;
  bestSeats?: true;
}

const SPREAD_MAX = 256;

/** A deterministic choice among `n` for this request's attempt. */
const pick = (key: string, attempt: number, n: number) =>
  createHash('sha256').update(`${key}:${attempt}`).digest().readUInt32BE(0) % n;

const seatField = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError('INVALID_INPUT', { ...extra, fields: [{ path: 'data.seats', message }] }, message);

/**
 * The seats asked for, checked against the map before anything is taken; null for a session without
 * seats. Best available reads the seats taken now; a race may still take them first (then the caller
 * chooses again).
 */
export async function chooseSeats(
  deps: Deps,
  resource: ResourceDoc,
  slot: SlotDoc,
  attendees: Pick<BookingAttendee, 'id'>[],
  request: SeatRequest,
  spread?: { key: string; attempt: number },
): Promise<Seating | null> {
  const map = resource.seatMap;
  if (!map) {
    if (request.seats || request.bestSeats) throw seatField('该场次不设座位，无需选座');
    return null;
  }
  if (request.bestSeats) {
    // The best block first. After a lost race (others want the same seats now), one of the next best,
    // picked by the request itself, so that a crowd spreads over the hall instead of colliding again.
    const width = spread ? Math.min(4 ** (spread.attempt - 1), SPREAD_MAX) : 1;
    const blocks = bestBlocks(map, await takenSeats(deps.db, slot._id), attendees.length, width);
    if (blocks.length === 0)
      throw new AppError('SLOT_FULL', { remaining: slot.remaining }, '没有相邻的空座了，请在座位图中自选');
    const best = blocks[spread ? pick(spread.key, spread.attempt, blocks.length) : 0];
    return new Map(attendees.map((a, i) => [a.id, best[i]]));
  }
  const chosen = request.seats ?? {};
  if (attendees.some((a) => !chosen[a.id])) throw seatField('请为每位参观人选择座位');
  const seats = new Map(seatsOf(map).map((s) => [s.id, s]));
  return new Map(
    attendees.map((a) => {
      const seat = seats.get(chosen[a.id]);
      if (!seat?.forSale)
        throw seatField('所选座位不可售，请重新选座', { reason: 'unknown_seat', seatId: chosen[a.id] });
      return [a.id, seat];
    }),
  );
}

export const seatIdsOf = (seating: Seating | null): string[] => (seating ? [...seating.values()].map((s) => s.id) : []);

/** The refusal when the seats could not be taken: those sold meanwhile named, or the session full. */
export async function seatsRefusal(deps: Deps, slot: SlotDoc, seating: Seating): Promise<AppError> {
  const taken = await takenSeats(deps.db, slot._id);
  const gone = [...seating.values()].filter((s) => taken.has(s.id)).map(seatLabel);
  if (gone.length === 0) return new AppError('SLOT_FULL', { remaining: slot.remaining }, '该场次已售罄');
  return new AppError('SLOT_FULL', { seats: gone }, `座位已被他人选走：${gone.join('、')}，请重新选座`);
}

/** The attendees with their seats, as the booking keeps them. */
export function seated<A extends Pick<BookingAttendee, 'id'>>(attendees: A[], seating: Seating | null): A[] {
  if (!seating) return attendees;
  return attendees.map((a) => {
    const seat = seating.get(a.id) as Seat;
    return { ...a, seat: { id: seat.id, label: seatLabel(seat), ...(seat.zoneId ? { zoneId: seat.zoneId } : {}) } };
  });
}

/**
 * How often best available chooses again. A take fails only because another took places or seats
 * meanwhile, so each lost try is someone else's sale: with the spread above, few tries are lost, and a
 * request stops early once no block is left (SLOT_FULL from chooseSeats).
 */
const BEST_TRIES = 10;

/**
 * Takes the places, and on a seated session the seats, for the holding `key`; answers the seats held.
 * Best available chooses again when a seat it chose was taken first. Throws the refusal when nothing
 * could be taken (the caller gives its claims back).
 */
export async function takePlaces(
  deps: Deps,
  at: {
    resource: ResourceDoc;
    slot: SlotDoc;
    attendees: Pick<BookingAttendee, 'id'>[];
    key: string;
    request: SeatRequest;
  },
  chosen: Seating | null,
): Promise<Seating | null> {
  const { resource, slot, attendees, key, request } = at;
  let seating = chosen;
  for (let attempt = 1; ; attempt++) {
    if (await takeHolding(deps.db, slot._id, attendees.length, key, seatIdsOf(seating))) {
      // A repeat of a best-available request may choose other seats than the delivery that took its
      // holding: the seats held under the key are the ones it has.
      return request.bestSeats && seating ? heldSeats(deps, resource, slot, attendees, key) : seating;
    }
    if (!seating) throw slotFull(slot);
    if (!request.bestSeats || attempt === BEST_TRIES) throw await seatsRefusal(deps, slot, seating);
    seating = await chooseSeats(deps, resource, slot, attendees, request, { key, attempt: attempt + 1 });
  }
}

/** The seats the slot holds under `key`, given to the attendees in seat order. */
async function heldSeats(
  deps: Deps,
  resource: ResourceDoc,
  slot: SlotDoc,
  attendees: Pick<BookingAttendee, 'id'>[],
  key: string,
): Promise<Seating> {
  const { data } = await deps.db.collection(COLLECTIONS.slots).doc(slot._id).field({ seats: true }).get();
  const seats = (data as Pick<SlotDoc, 'seats'> | null)?.seats ?? {};
  const mine = seatsOf(resource.seatMap ?? { sections: [], zones: [] }).filter((s) => seats[s.id] === key);
  return new Map(attendees.map((a, i) => [a.id, mine[i]]));
}

import { grantsRole, type RosterSlotView } from '@shared/contract';
import { AppError } from '@shared/errors';
import { resolvePolicy, slotStatus } from '@shared/rules/policy';
import { toIso } from '@shared/time';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { BookingDoc, ResourceDoc, SlotDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import type { Deps } from '../../deps';
import { findResource, requireSlot } from '../catalog/repository';
import { staffVenueFilter } from './staffVenues';
import { checkinBookingView } from './view';

const ON_ROSTER = ['confirmed', 'checked_in', 'no_show'];

function rosterSlot(slot: SlotDoc, resource: ResourceDoc | null, bookings: BookingDoc[], now: number): RosterSlotView {
  const mine = bookings.filter((b) => b.slotId === slot._id);
  const booked = mine.reduce((n, b) => n + b.attendees.length, 0);
  const checkedIn = mine.reduce((n, b) => n + (b.presentIds?.length ?? 0), 0);
  return {
    slotId: slot._id,
    resourceId: slot.resourceId,
    resourceName: resource?.name ?? '',
    start: toIso(slot.start),
    end: toIso(slot.end),
    status: slotStatus(slot, resolvePolicy(resource?.policy), now),
    booked,
    checkedIn,
    pending: mine.filter((b) => b.status === 'confirmed').reduce((n, b) => n + b.attendees.length, 0),
  };
}

async function resourcesOf(deps: Deps, slots: SlotDoc[]): Promise<Map<string, ResourceDoc | null>> {
  const ids = [...new Set(slots.map((s) => s.resourceId))];
  return new Map(await Promise.all(ids.map(async (id) => [id, await findResource(deps.db, id)] as const)));
}

/** A day's slots at the staff member's venues with booked / checked in / expected, or one slot's people. */
export const listRoster: Handler<'checkin.roster'> = async ({ deps, roles }, input) => {
  const _ = deps.db.command;
  const now = deps.clock();
  if (input.slotId) {
    const slot = await requireSlot(deps.db, input.slotId);
    if (!grantsRole(roles, 'staff', slot.venueId))
      throw new AppError('FORBIDDEN', { venueId: slot.venueId }, '这是其他场馆的时段');
    const bookings = await readAll<BookingDoc>(
      deps.db
        .collection(COLLECTIONS.bookings)
        .where({ slotId: slot._id, status: _.in(ON_ROSTER) })
        .orderBy('createdAt', 'asc')
        .orderBy('_id', 'asc'),
      5000,
    );
    const resources = await resourcesOf(deps, [slot]);
    return {
      slot: rosterSlot(slot, resources.get(slot.resourceId) ?? null, bookings, now),
      bookings: bookings.map(checkinBookingView),
    };
  }
  const venue = staffVenueFilter(deps, roles);
  const slots = await readAll<SlotDoc>(
    deps.db
      .collection(COLLECTIONS.slots)
      .where({ date: input.date!, ...venue })
      // Slots starting together: the shorter first, as the day's timetable reads.
      .orderBy('start', 'asc')
      .orderBy('end', 'asc')
      .orderBy('_id', 'asc'),
    1000,
  );
  const bookings = await readAll<BookingDoc>(
    deps.db
      .collection(COLLECTIONS.bookings)
      .where({ date: input.date!, status: _.in(ON_ROSTER), ...venue })
      .orderBy('_id', 'asc'),
    10000,
  );
  const resources = await resourcesOf(deps, slots);
  return {
    date: input.date,
    slots: slots.map((s) => rosterSlot(s, resources.get(s.resourceId) ?? null, bookings, now)),
  };
};

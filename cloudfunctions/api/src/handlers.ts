// Action name → handler. The router guards access before a handler runs.
import type { ActionName } from '@shared/contract';
import type { Handler, PublicHandler } from './context';
import { upsertResource } from './modules/admin/resource';
import { createSlot } from './modules/admin/slot';
import { upsertVenue } from './modules/admin/venue';
import { addAttendee } from './modules/attendee/add';
import { listAttendees } from './modules/attendee/list';
import { removeAttendee } from './modules/attendee/remove';
import { cancelBooking } from './modules/booking/cancel';
import { createBooking } from './modules/booking/create';
import { getBooking, listBookings } from './modules/booking/list';
import { listResources, listSlots, listVenues } from './modules/catalog/list';
import { ping } from './modules/system/ping';
import { me } from './modules/user/me';

export const HANDLERS: { [A in ActionName]: Handler<A> | PublicHandler<A> } = {
  'user.me': me,
  'attendee.add': addAttendee,
  'attendee.list': listAttendees,
  'attendee.remove': removeAttendee,
  'venue.list': listVenues,
  'resource.list': listResources,
  'slot.list': listSlots,
  'booking.create': createBooking,
  'booking.list': listBookings,
  'booking.get': getBooking,
  'booking.cancel': cancelBooking,
  'admin.venue.upsert': upsertVenue,
  'admin.resource.upsert': upsertResource,
  'admin.slot.create': createSlot,
  'system.ping': ping,
};

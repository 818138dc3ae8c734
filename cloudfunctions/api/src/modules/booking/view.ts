import type { BookingAction, BookingView, DeskNoteView, FeedbackView, IntervalOffer, SlotView } from '@shared/contract';
import { BOOKING_ACTIONS } from '@shared/contract';
import { toIso } from '@shared/time';
import type { BookingDoc } from '../../db/docs';
import { isActive, seatsOfBooking } from './transition';
import { awaitsConfirmation } from './confirmation';
import { mayStartUse } from '../interval/usage';
import { orderView } from '../order/view';

export function bookingView(
  doc: BookingDoc,
  now: number,
  extra: { alternatives?: SlotView[]; offers?: IntervalOffer[]; feedback?: FeedbackView; desk?: DeskNoteView } = {},
): BookingView {
  return {
    id: doc._id,
    slotId: doc.slotId,
    resourceId: doc.resourceId,
    venueId: doc.venueId,
    resourceName: doc.resourceName,
    venueName: doc.venueName,
    ...(doc.location ? { location: doc.location } : {}),
    start: toIso(doc.start),
    end: toIso(doc.end),
    status: doc.status,
    attendees: doc.attendees.map(({ id, name, idMasked, seat }) => ({
      id,
      name,
      idMasked,
      ...(seat ? { seat: seat.label } : {}),
    })),
    createdAt: toIso(doc.createdAt),
    cancelDeadline: toIso(doc.cancelDeadline),
    changeDeadline: toIso(doc.changeDeadline),
    actions: bookingActions(doc, now, extra.alternatives ?? extra.offers),
    ...(doc.reason ? { reason: doc.reason } : {}),
    ...(extra.alternatives ? { alternatives: extra.alternatives } : {}),
    ...(extra.offers ? { offers: extra.offers } : {}),
    checkinOpensAt: toIso(doc.checkinOpensAt),
    ...(doc.checkedInAt ? { checkedInAt: toIso(doc.checkedInAt) } : {}),
    ...(extra.feedback ? { feedback: extra.feedback } : {}),
    ...(extra.desk ? { desk: extra.desk } : {}),
    ...(doc.interval ? { purpose: doc.interval.purpose, headcount: doc.interval.headcount } : {}),
    ...(doc.booker ? { booker: doc.booker } : {}),
    ...(doc.confirmBy ? { confirmBy: toIso(doc.confirmBy) } : {}),
    ...(doc.confirmedAt ? { confirmedAt: toIso(doc.confirmedAt) } : {}),
    ...(doc.interval?.equipment ? { equipment: true } : {}),
    ...(doc.returned ? { returned: returnedView(doc.returned) } : {}),
    ...(doc.unreturned ? { unreturned: true } : {}),
    ...(doc.order
      ? {
          order: orderView(
            doc.order,
            new Map([...doc.attendees, ...(doc.cancelledAttendees ?? [])].map((a) => [a.id, a.name])),
          ),
        }
      : {}),
  };
}

/**
 * What the owner may do with a booking at `now`, the one place this is decided: cancel and change while
 * it is running and before their deadlines (booking.cancel and booking.change refuse after them), rate a
 * visit once after check-in, rebook one the venue cancelled where its open slots (or free times) were looked up
 * (booking.get; the list may be empty), complain about any booking but one still awaiting approval, and
 * show the entry pass of a confirmed one, pay for a ticket still held for its payment. A paid ticket is
 * not changed to another session (its price may differ there): it is cancelled, refunded by the rule.
 * A desk booking's owner is a walk-in who never signs in, and the staff who see it (desk.booking) can
 * show its pass (checkin.token) and, in its check-in window, check it in (checkin.manual): the owner's
 * other actions would be offered to no one who can take them.
 */
/** A bought or seated ticket: cancelled and bought again rather than moved (its price or seat differs there). */
const isTicket = (doc: BookingDoc) => doc.order !== undefined || seatsOfBooking(doc).length > 0;

export function bookingActions(doc: BookingDoc, now: number, alternatives?: unknown[]): BookingAction[] {
  if (doc.desk) {
    if (doc.status !== 'confirmed') return [];
    return now >= doc.checkinOpensAt && now < doc.end ? ['pass', 'checkin'] : ['pass'];
  }
  const allowed: Record<BookingAction, boolean> = {
    cancel: isActive(doc) && now < doc.cancelDeadline,
    change: isActive(doc) && now < doc.changeDeadline && !isTicket(doc),
    rate: doc.status === 'checked_in' && !doc.rated,
    // A paid ticket is bought again, not rebooked for nothing.
    rebook: doc.status === 'cancelled_by_venue' && alternatives !== undefined && !isTicket(doc),
    complain: doc.status !== 'pending_approval',
    pass: doc.status === 'confirmed',
    checkin: false,
    confirm: awaitsConfirmation(doc, now),
    use: mayStartUse(doc, now),
    return: doc.interval !== undefined && doc.status === 'checked_in' && !doc.returned,
    pay: doc.status === 'pending_payment' && doc.order !== undefined && now < doc.order.holdUntil,
  };
  return BOOKING_ACTIONS.filter((a) => allowed[a]);
}

function returnedView({ at, condition, note, photos }: NonNullable<BookingDoc['returned']>) {
  return { at: toIso(at), condition, ...(note ? { note } : {}), ...(photos?.length ? { photos } : {}) };
}

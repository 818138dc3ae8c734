// Booking by the hour from the resource page: booking.create under the one error policy, except a taken
// range (SLOT_FULL), whose offers the page shows instead of a toast.
import { useState } from 'react';
import { parseInput } from '@shared/contract/zh';
import type { BookingView, ResourceView } from '@shared/contract/types';
import type { TemplateKind } from '@shared/contract/notice';
import { useOffers } from '../../components/IntervalBooking/useOffers';
import { useAction } from '../../hooks/useAction';
import { navigate } from '../../services/navigate';
import { useAskFirst } from '../../services/subscribe.hook';
import { toFieldErrors, type FieldErrors } from '../../utils/fieldErrors';
import {
  EMPTY_INTERVAL_FORM,
  intervalInput,
  intervalSchema,
  type IntervalForm,
  type IntervalTarget,
} from './intervalForm';

/** The messages a booking sends: its result (the review's, when each booking is approved), the reminder, a change. */
const bookingKinds = (resource: ResourceView): TemplateKind[] => [
  resource.policy.requiresApproval ? 'approval_result' : 'booking_success',
  'booking_reminder',
  'booking_changed',
];

interface Options {
  /** The chosen range was taken meanwhile (the page chooses again, or takes an offer). */
  onTaken: () => void;
  /** Booked: the page lets go of the chosen range (it shows as the caller's own once loaded again). */
  onBooked: () => void;
}

/**
 * The form's values and field errors, the offers after a refusal, and `book`: checks the fields on the phone,
 * asks for the subscribe messages in the tap, books, and opens the booking.
 */
export function useIntervalBooking(resource: ResourceView, { onTaken, onBooked }: Options) {
  const [values, setValues] = useState<IntervalForm>(EMPTY_INTERVAL_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});
  const offers = useOffers(onTaken);
  const { asking, askFirst } = useAskFirst();
  const create = useAction('booking.create', {
    success: (b) => (b.status === 'pending_approval' ? '已提交，待审核' : '预约成功'),
    onFields: setErrors,
    onRefused: offers.onRefused,
  });
  const busy = asking || create.busy;

  const set = <K extends keyof IntervalForm>(key: K, value: IntervalForm[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const done = (booking: BookingView) => {
    setValues(EMPTY_INTERVAL_FORM);
    offers.clear();
    onBooked();
    setTimeout(() => navigate('booking/detail/index', { bookingId: booking.id }), 800);
  };

  /** Books `to` (the chosen range or an offer) with the form's purpose, headcount and attendees. */
  const book = async (to: IntervalTarget & { capacity: number }) => {
    if (busy) return;
    const parsed = parseInput(intervalSchema(to.capacity), intervalInput(to, values, resource.policy.realName));
    if (!parsed.ok) {
      setErrors(toFieldErrors(parsed.fields));
      return;
    }
    setErrors({});
    offers.setTarget(to);
    // Asked in the tap, before any await (WeChat shows the popup only there).
    await askFirst(bookingKinds(resource));
    const booking = await create.run(parsed.data);
    offers.setTarget(null);
    if (booking) done(booking);
  };

  return {
    values,
    set,
    /** The error at a field (`purpose`, `headcount`, `attendeeIds`) or at the range (`start`, `end`). */
    error: (key: keyof IntervalForm | 'start' | 'end') => errors[key],
    offers: offers.offers,
    /** Another range was chosen: the offers and the refusal of the last one no longer apply. */
    rangeChanged: () => {
      offers.clear();
      setErrors((e) => ({ ...e, start: undefined, end: undefined }));
    },
    book,
    busy,
    /** The offer being booked, if any. */
    bookingOffer: offers.bookingOffer(busy),
  };
}

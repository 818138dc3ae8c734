// The customer booking by the hour: desk.bookRange under the one error policy, except a taken range
// (SLOT_FULL), whose offers the page shows instead of a toast.
import { useState } from 'react';
import { parseInput } from '@shared/contract/zh';
import type { BookingView } from '@shared/contract/types';
import { useOffers } from '../../components/IntervalBooking/useOffers';
import { errorAt } from '../../hooks/useForm';
import { useAction } from '../../hooks/useAction';
import { toFieldErrors, type FieldErrors } from '../../utils/fieldErrors';
import { EMPTY_RANGE_FORM, rangeFormInput, rangeFormSchema, type RangeForm, type RangeTarget } from './form';

/** What is booked: a range of a resource, with the resource's seats and whether it is real-name. */
export type RangeBooking = RangeTarget & { capacity: number; realName: boolean };

interface Options {
  /** The chosen range was taken meanwhile (the page chooses again, or takes an offer). */
  onTaken: () => void;
  /** Booked, with the function's answer. */
  onBooked: (booking: BookingView) => void;
}

/** The customer's details and the booking's, their field errors, the offers after a refusal, and `book`. */
export function useDeskRange({ onTaken, onBooked }: Options) {
  const [values, setValues] = useState<RangeForm>(EMPTY_RANGE_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});
  const offers = useOffers(onTaken);
  const action = useAction('desk.bookRange', {
    success: (b) => (b.status === 'pending_approval' ? '已提交，待审核' : '预约成功'),
    onFields: setErrors,
    onRefused: offers.onRefused,
  });

  const set = <K extends keyof RangeForm>(key: K, value: RangeForm[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  /** Books `to` (the chosen range or an offer) for the customer of the form. */
  const book = async (to: RangeBooking) => {
    if (action.busy) return;
    const parsed = parseInput(rangeFormSchema(to.capacity), rangeFormInput(to, values, to.realName));
    if (!parsed.ok) {
      setErrors(toFieldErrors(parsed.fields));
      return;
    }
    setErrors({});
    offers.setTarget(to);
    const booking = await action.run(parsed.data);
    offers.setTarget(null);
    if (booking) {
      offers.clear();
      onBooked(booking);
    }
  };

  return {
    values,
    set,
    /** The error at a field, or at the range (`start`, `end`). */
    error: (path: keyof RangeForm | 'start' | 'end') => errorAt(errors, path),
    offers: offers.offers,
    /** Another range was chosen: the offers and the refusal of the last one no longer apply. */
    rangeChanged: () => {
      offers.clear();
      setErrors((e) => ({ ...e, start: undefined, end: undefined }));
    },
    book,
    busy: action.busy,
    /** The offer being booked, if any. */
    bookingOffer: offers.bookingOffer(action.busy),
  };
}

export type DeskRangeForm = ReturnType<typeof useDeskRange>;

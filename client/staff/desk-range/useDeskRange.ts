// The customer booking by the hour: desk.bookRange under the one error policy, except a taken range
// (SLOT_FULL), whose offers the page shows instead of a toast.
import { useState } from 'react';
import { parseInput, type BookingView, type IntervalOffer } from '@shared/contract';
import { errorAt } from '../../hooks/useForm';
import { useAction } from '../../hooks/useAction';
import { CallError } from '../../services/callError';
import { refusalOf } from '../../services/errorPolicy';
import { toastFail } from '../../services/toast';
import { toFieldErrors, type FieldErrors } from '../../utils/fieldErrors';
import { EMPTY_RANGE_FORM, rangeFormInput, rangeFormSchema, type RangeForm, type RangeTarget } from './form';

/** The offers of a SLOT_FULL refusal (`details.alternatives`); empty for any other refusal. */
function offersOf(e: unknown): IntervalOffer[] {
  if (!(e instanceof CallError) || e.code !== 'SLOT_FULL') return [];
  const alternatives = e.details?.alternatives;
  return Array.isArray(alternatives) ? (alternatives as IntervalOffer[]) : [];
}

const sameRange = (a: RangeTarget, b: RangeTarget) =>
  a.resourceId === b.resourceId && a.start === b.start && a.end === b.end;

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
  const [offers, setOffers] = useState<IntervalOffer[] | null>(null);
  // What is being booked: the chosen range, or one of the offers.
  const [target, setTarget] = useState<RangeTarget | null>(null);
  const action = useAction('desk.bookRange', {
    success: (b) => (b.status === 'pending_approval' ? '已提交，待审核' : '预约成功'),
    onFields: setErrors,
    onRefused: (e) => {
      const offered = offersOf(e);
      if (offered.length) {
        setOffers(offered);
        onTaken();
      } else toastFail(refusalOf(e).message);
    },
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
    setTarget(to);
    const booking = await action.run(parsed.data);
    setTarget(null);
    if (booking) {
      setOffers(null);
      onBooked(booking);
    }
  };

  return {
    values,
    set,
    /** The error at a field, or at the range (`start`, `end`). */
    error: (path: keyof RangeForm | 'start' | 'end') => errorAt(errors, path),
    offers,
    /** Another range was chosen: the offers and the refusal of the last one no longer apply. */
    rangeChanged: () => {
      setOffers(null);
      setErrors((e) => ({ ...e, start: undefined, end: undefined }));
    },
    book,
    busy: action.busy,
    /** The offer being booked, if any. */
    bookingOffer: action.busy && target && offers?.some((o) => sameRange(o, target)) ? target : null,
  };
}

export type DeskRangeForm = ReturnType<typeof useDeskRange>;

import { useState } from 'react';
import type { IntervalOffer } from '@shared/contract';
import { refusalOf } from '../../services/errorPolicy';
import { toastFail } from '../../services/toast';
import { offersOf } from './offers';

/** A range of one resource: the one chosen on the grid, or one offered instead. */
type RangeTarget = Pick<IntervalOffer, 'resourceId' | 'start' | 'end'>;

const sameRange = (a: RangeTarget, b: RangeTarget) =>
  a.resourceId === b.resourceId && a.start === b.start && a.end === b.end;

/**
 * What a new booking by the hour shows once its range was taken: the offers instead of a toast, and which of
 * them is being booked. `onTaken`: the page lets go of the taken range.
 */
export function useOffers(onTaken: () => void) {
  const [offers, setOffers] = useState<IntervalOffer[] | null>(null);
  // What is being booked: the chosen range, or one of the offers.
  const [target, setTarget] = useState<RangeTarget | null>(null);
  return {
    offers,
    /** useAction's `onRefused`: a taken range with offers shows them; any other refusal is said. */
    onRefused: (e: unknown) => {
      const offered = offersOf(e);
      if (!offered?.length) return toastFail(refusalOf(e).message);
      setOffers(offered);
      onTaken();
    },
    /** Another range was chosen, or one was booked: the offers no longer apply. */
    clear: () => setOffers(null),
    /** What is being booked while the call is out (null once answered). */
    setTarget,
    /** The offer being booked while `busy`, if any (its button spins, the others wait). */
    bookingOffer: (busy: boolean) => (busy && target && offers?.some((o) => sameRange(o, target)) ? target : null),
  };
}

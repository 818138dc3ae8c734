import { useState } from 'react';
import type { IntervalDayView, ResourceView } from '@shared/contract';
import type { CellRange } from '../IntervalDay';
import { useRemote } from '../../hooks/useRemote';
import { today } from '../../utils/format';
import { useLastDay } from './useLastDay';

/**
 * The day and range a new booking by the hour is choosing, and the day loaded for them: at first the day
 * `load` picks (given null), then the one tapped; another day lets go of the range. `rangeChanged` tells the
 * form (its offers and the refusal of the last range no longer apply).
 */
export function useRangeChoice(
  resource: ResourceView,
  load: (chosen: string | null) => Promise<IntervalDayView>,
  rangeChanged: () => void,
) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [range, setRange] = useState<CellRange | null>(null);
  const day = useRemote(() => load(chosen), [resource.id, chosen], { reloadOnShow: true });
  // The chosen resource's day only: after a tap on another resource, none until its own is loaded.
  const loaded = day.state.status === 'ok' && day.state.data.resourceId === resource.id ? day.state.data : null;
  const last = useLastDay(loaded);

  const choose = (next: CellRange | null) => {
    setRange(next);
    rangeChanged();
  };

  return {
    /** The day loaded last (kept while another loads): its bookable dates make the strip. */
    last,
    /** The seats of the day loaded, else of the resource's policy. */
    capacity: loaded?.capacity ?? resource.policy.interval.capacity,
    /** Nothing chosen any more (taken meanwhile, or booked). */
    letGo: () => setRange(null),
    choose,
    /** IntervalBooking's day, grid and range. */
    section: {
      date: chosen ?? loaded?.date ?? today(),
      onDate: (date: string) => {
        setChosen(date);
        choose(null);
      },
      policy: resource.policy,
      state: day.state,
      onRetry: day.reload,
      day: loaded,
      range,
      onRange: choose,
    },
  };
}

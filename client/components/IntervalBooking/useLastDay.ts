import { useEffect, useState } from 'react';
import type { IntervalDayView } from '@shared/contract';

/**
 * The day loaded last: `day` once loaded, the one before while another loads (`day` is null then), so that the
 * date strip, drawn from its bookable dates, does not shrink to one day and back at every tap.
 */
export function useLastDay(day: IntervalDayView | null): IntervalDayView | null {
  const [last, setLast] = useState<IntervalDayView | null>(null);
  useEffect(() => {
    if (day) setLast(day);
  }, [day]);
  return day ?? last;
}

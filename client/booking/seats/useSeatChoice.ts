import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SeatingView } from '@shared/contract';
import { bestSeats } from '@shared/rules/seats';
import { toastFail } from '../../services/toast';
import { hallLayout } from './layout';
import { indexSeats, keepAvailable, toggleSeat } from './selection';

/**
 * The seats the visitor chooses on a session's map, at most `max`: a tap picks or drops one (a refusal is
 * toasted), 推荐 picks the best block of `count` from the map as loaded (booking.create checks it again).
 * A map loaded again (back from a refusal) drops the chosen seats others took meanwhile.
 */
export function useSeatChoice(seating: SeatingView, max: number) {
  const map = seating.seatMap;
  const seats = useMemo(() => indexSeats(map), [map]);
  const sections = useMemo(() => hallLayout(map, seats), [map, seats]);
  const taken = useMemo(() => new Set(seating.taken), [seating.taken]);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [sectionId, setSectionId] = useState(map.sections[0]?.id ?? '');
  // Taps read the choice from here, not from a closure, so the rows' tap handler never changes (and two
  // taps before a render see each other).
  const current = useRef(selected);
  const choose = useCallback((next: readonly string[]) => {
    current.current = next;
    setSelected(next);
  }, []);

  useEffect(() => choose(keepAvailable(current.current, seats, taken)), [choose, seats, taken]);

  const toggle = useCallback(
    (seatId: string) => {
      const out = toggleSeat(current.current, seatId, { seats, taken, max });
      if ('refused' in out) toastFail(out.refused);
      else choose(out.selected);
    },
    [choose, seats, taken, max],
  );

  const recommend = (count: number) => {
    const best = bestSeats(map, taken, count);
    if (!best) return toastFail(count > 1 ? `没有${count}个相邻的空座了，请在座位图中自选` : '没有空座了');
    choose(best.map((s) => s.id));
    setSectionId(best[0].sectionId);
  };

  // A section gone from a map loaded again shows the first.
  const section = sections.find((s) => s.id === sectionId) ?? sections[0];
  return { seats, sections, section, setSectionId, taken, selected, toggle, recommend };
}

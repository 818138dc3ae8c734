import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { IntervalCellView, IntervalDayView } from '@shared/contract';
import { parseIso } from '@shared/time';
import { toastFail } from '../../services/toast';
import { clockTime, duration, timeRange } from '../../utils/format';
import './index.css';

/** A chosen range of a day: from the first chosen cell's start to the last one's end (ISO instants). */
export interface CellRange {
  start: string;
  end: string;
}

interface IntervalDayProps {
  day: IntervalDayView;
  value: CellRange | null;
  onChange: (range: CellRange | null) => void;
}

type CellState = 'free' | 'mine' | 'busy' | 'past' | 'closed';

const LABELS: Record<CellState, string> = {
  free: '可预约',
  mine: '我的预约',
  busy: '已占用',
  past: '已过',
  closed: '不可预约',
};

/** Why a cell cannot be chosen, for the toast. */
const REFUSALS: Record<Exclude<CellState, 'free'>, string> = {
  mine: '已有您的预约',
  busy: '已被占用',
  past: '已过',
  closed: '不可预约',
};

/** The caller's own first, then over (who held it no longer matters), taken, free, not bookable. */
function stateOf(cell: IntervalCellView, now: number): CellState {
  if (cell.mine) return 'mine';
  if (!cell.bookable && parseIso(cell.end) <= now) return 'past';
  if (cell.free <= 0) return 'busy';
  return cell.bookable ? 'free' : 'closed';
}

/** `14:00–15:15 · 75分钟` */
export function rangeText({ start, end }: CellRange): string {
  return `${timeRange(start, end)} · ${duration((parseIso(end) - parseIso(start)) / 60_000)}`;
}

const within = (cell: IntervalCellView, range: CellRange | null) =>
  range !== null && parseIso(cell.start) >= parseIso(range.start) && parseIso(cell.end) <= parseIso(range.end);

/**
 * A day of a resource booked by the hour, one row per grid cell: free, taken, the caller's own, or not
 * bookable. A tap on a free cell starts a range, the next tap ends it (the range runs from the first cell's
 * start to the last cell's end); the tap after that starts again. A range over a cell that cannot be
 * booked, or longer than the longest use, is refused with a toast.
 */
export default function IntervalDay({ day, value, onChange }: IntervalDayProps) {
  // The cell the range started at, while the next tap ends it.
  const [anchor, setAnchor] = useState<number | null>(null);
  const now = Date.now();
  const states = day.cells.map((c) => stateOf(c, now));

  if (!day.hours) return <View className="interval-day__closed">该日不开放</View>;
  if (!day.cells.length) return <View className="interval-day__closed">该日没有可预约的时间</View>;

  const pending = anchor !== null && value !== null;
  // The hours already over today are one row, not a row per cell.
  const firstLeft = states.findIndex((st) => st !== 'past');
  const past = firstLeft < 0 ? states.length : firstLeft;

  const tap = (i: number) => {
    if (!pending) {
      const state = states[i];
      if (state !== 'free') return toastFail(`${clockTime(day.cells[i].start)} ${REFUSALS[state]}`);
      setAnchor(i);
      return onChange({ start: day.cells[i].start, end: day.cells[i].end });
    }
    const [from, to] = anchor <= i ? [anchor, i] : [i, anchor];
    for (let k = from; k <= to; k++) {
      const state = states[k];
      const gap = k > from && day.cells[k - 1].end !== day.cells[k].start;
      if (state !== 'free' || gap) {
        const why = state === 'free' ? '不连续' : REFUSALS[state];
        return toastFail(`所选时间内 ${clockTime(day.cells[k].start)} ${why}，请重新选择`);
      }
    }
    const range = { start: day.cells[from].start, end: day.cells[to].end };
    if ((parseIso(range.end) - parseIso(range.start)) / 60_000 > day.maxMinutes)
      return toastFail(`每次最多预约${duration(day.maxMinutes)}`);
    setAnchor(null);
    onChange(range);
  };

  return (
    <View className="interval-day">
      <View className="interval-day__summary" data-testid="interval-range">
        {value ? (
          <Text className="interval-day__chosen">
            已选 {rangeText(value)}
            {pending && <Text className="interval-day__next">，请点选结束时间</Text>}
          </Text>
        ) : (
          <Text className="interval-day__next">点选开始时间，再点选结束时间</Text>
        )}
      </View>
      {past > 1 && (
        <View className="interval-day__cell interval-day__cell--past" data-testid="cells-past">
          <Text className="interval-day__gone">{timeRange(day.cells[0].start, day.cells[past - 1].end)} 已过</Text>
        </View>
      )}
      {day.cells.map((c, i) => {
        if (past > 1 && i < past) return null;
        const chosen = within(c, value);
        const state = states[i];
        return (
          <View
            key={c.start}
            className={`interval-day__cell interval-day__cell--${chosen ? 'chosen' : state}`}
            data-testid={`cell-${clockTime(c.start)}`}
            onClick={() => tap(i)}
          >
            <Text className="interval-day__time">{clockTime(c.start)}</Text>
            <View className="interval-day__bar" />
            <Text className="interval-day__state">
              {chosen ? '已选' : state === 'free' && day.quantity > 1 ? `余${c.free}` : LABELS[state]}
            </Text>
          </View>
        );
      })}
      <Text className="interval-day__end">{day.hours.closes} 结束</Text>
    </View>
  );
}

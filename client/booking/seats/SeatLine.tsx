import { View } from '@tarojs/components';
import { memo } from 'react';
import { seatClass, type RowLayout } from './layout';

interface SeatLineProps {
  row: RowLayout;
  taken: ReadonlySet<string>;
  /** The row's chosen seat ids joined by `,` (layout.ts chosenByRow): a string, so memo compares it by value. */
  chosen: string;
  onTap: (seatId: string) => void;
}

/**
 * One row of the map: its label at both ends and a plain View per column, no text in a seat. Memoised: a
 * tap changes the `chosen` of one row only, so a 1,500-seat hall draws one row again, not the hall.
 */
function SeatLine({ row, taken, chosen, onTap }: SeatLineProps) {
  const mine = new Set(chosen ? chosen.split(',') : []);
  return (
    <View className="seat-row">
      <View className="seat-row__label">{row.label}</View>
      {row.cells.map(({ key, seatId, look }) =>
        seatId ? (
          <View
            key={key}
            className={seatClass(look, taken.has(seatId), mine.has(seatId))}
            onClick={() => onTap(seatId)}
          />
        ) : (
          <View key={key} className={look} />
        ),
      )}
      <View className="seat-row__label">{row.label}</View>
    </View>
  );
}

export default memo(SeatLine);

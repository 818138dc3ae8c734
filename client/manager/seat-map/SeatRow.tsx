import { Input, Text, View } from '@tarojs/components';
import { memo, type Dispatch } from 'react';
import type { SeatRow as Row } from '@shared/rules/seats';
import { cellClass } from './cells';
import type { DraftAction } from './draft';
import './cells.css';
import './SeatRow.css';

interface SeatRowProps {
  row: Row;
  /** The row's place in its section. */
  at: number;
  /** Labels as inputs (修改排号) instead of a tap that paints the row. */
  editingLabels: boolean;
  error?: string;
  dispatch: Dispatch<DraftAction>;
}

/**
 * One row of the grid: its label (tapped, the whole row takes the brush) and its cells (tapped, one takes
 * it). Memoised: its props change only when this row does, so painting a cell draws one row again.
 */
function SeatRow({ row, at, editingLabels, error, dispatch }: SeatRowProps) {
  return (
    <View className="seat-row">
      <View className="seat-row__line">
        {editingLabels ? (
          <Input
            className="seat-row__label-input"
            value={row.label}
            maxlength={6}
            onInput={(e) => dispatch({ type: 'labelRow', row: at, label: e.detail.value })}
          />
        ) : (
          <Text
            className={`seat-row__label${error ? ' seat-row__label--error' : ''}`}
            onClick={() => dispatch({ type: 'paintRow', row: at })}
          >
            {row.label}
          </Text>
        )}
        {[...row.cells].map((cell, column) => (
          <View
            key={column}
            className={cellClass(cell)}
            onClick={() => dispatch({ type: 'paintCell', row: at, column })}
          />
        ))}
      </View>
      {error && <Text className="seat-row__error">{error}</Text>}
    </View>
  );
}

export default memo(SeatRow);

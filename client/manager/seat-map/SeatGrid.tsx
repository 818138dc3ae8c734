import { ScrollView, Text, View } from '@tarojs/components';
import { useState, type Dispatch } from 'react';
import { MAX_SEAT_COLUMNS, MAX_SEAT_ROWS, type SeatSection } from '@shared/rules/seats';
import Button from '../../ui/button';
import { errorAt } from '../../hooks/useForm';
import type { FieldErrors } from '../../utils/fieldErrors';
import { columnsOf, type DraftAction } from './draft';
import SeatRow from './SeatRow';
import './SeatGrid.css';

interface SeatGridProps {
  section: SeatSection;
  /** The section's place in the map (where its errors are reported). */
  at: number;
  errors: FieldErrors;
  dispatch: Dispatch<DraftAction>;
}

/** The shown section's grid, the stage at its top, and the buttons that add and remove rows and columns. */
export default function SeatGrid({ section, at, errors, dispatch }: SeatGridProps) {
  const [editingLabels, setEditingLabels] = useState(false);
  const rows = section.rows.length;
  const columns = columnsOf(section);
  return (
    <View className="seat-grid">
      <ScrollView scrollX className="seat-grid__scroll" enhanced showScrollbar={false}>
        <View className="seat-grid__plan">
          <Text className="seat-grid__stage">舞台</Text>
          {section.rows.map((row, r) => (
            <SeatRow
              key={r}
              row={row}
              at={r}
              editingLabels={editingLabels}
              error={errorAt(errors, `seatMap.sections.${at}.rows.${r}`)}
              dispatch={dispatch}
            />
          ))}
        </View>
      </ScrollView>
      <View className="seat-grid__tools">
        <Text className="seat-grid__size">
          {rows}排 × {columns}列
        </Text>
        <Button size="small" disabled={rows <= 1} onClick={() => dispatch({ type: 'removeRow' })}>
          减一排
        </Button>
        <Button size="small" disabled={rows >= MAX_SEAT_ROWS} onClick={() => dispatch({ type: 'addRow' })}>
          加一排
        </Button>
        <Button size="small" disabled={columns <= 1} onClick={() => dispatch({ type: 'removeColumn' })}>
          减一列
        </Button>
        <Button size="small" disabled={columns >= MAX_SEAT_COLUMNS} onClick={() => dispatch({ type: 'addColumn' })}>
          加一列
        </Button>
        <Button
          size="small"
          type="primary"
          fill={editingLabels ? 'solid' : 'outline'}
          onClick={() => setEditingLabels(!editingLabels)}
        >
          {editingLabels ? '完成排号' : '修改排号'}
        </Button>
      </View>
    </View>
  );
}

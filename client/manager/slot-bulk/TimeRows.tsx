import { Text, View } from '@tarojs/components';
import Button from '../../ui/button';
import PickerValue from '../components/PickerValue';
import { nextRow, type TimeRow } from './bulk';

interface TimeRowsProps {
  rows: TimeRow[];
  /** The error of a row, by its index. */
  error: (index: number) => string | undefined;
  onChange: (rows: TimeRow[]) => void;
}

/** The day's time rows: each start and end, a row removable while more than one; 添加时间段 adds the next. */
export default function TimeRows({ rows, error, onChange }: TimeRowsProps) {
  const setRow = (index: number, row: TimeRow) => onChange(rows.map((r, i) => (i === index ? row : r)));
  return (
    <View className="bulk-form__group">
      {rows.map((row, i) => {
        const rowError = error(i);
        return (
          <View key={i} className="bulk-form__row" data-testid={`mgr-bulk-time-${i}`}>
            <View className="bulk-form__times">
              <Text className="bulk-form__index">{i + 1}</Text>
              <PickerValue mode="time" value={row.start} onChange={(start) => setRow(i, { ...row, start })} />
              <Text className="bulk-form__dash">至</Text>
              <PickerValue mode="time" value={row.end} onChange={(end) => setRow(i, { ...row, end })} />
              {rows.length > 1 && (
                <Button size="small" fill="none" type="danger" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                  删除
                </Button>
              )}
            </View>
            {rowError && <Text className="bulk-form__error">{rowError}</Text>}
          </View>
        );
      })}
      <View className="bulk-form__add">
        <Button
          size="small"
          fill="outline"
          type="primary"
          onClick={() => onChange([...rows, nextRow(rows[rows.length - 1])])}
        >
          添加时间段
        </Button>
      </View>
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import { RETURN_CONDITION_LABELS } from '@shared/contract/booking';
import type { UsageRowView } from '@shared/contract/types';
import Card from '../../components/Card';
import { BookingStatusTag, ToneTag } from '../../components/StatusTag';
import { clockTime, slotWhen } from '../../utils/format';

/** Whether what was used came back, and in what condition. */
function ReturnTag({ row }: { row: UsageRowView }) {
  if (row.returned)
    return (
      <ToneTag
        tone={row.returned === 'ok' ? 'success' : 'danger'}
        label={`已归还·${RETURN_CONDITION_LABELS[row.returned]}`}
      />
    );
  return row.unreturned ? <ToneTag tone="warning" label="未归还" /> : null;
}

/**
 * One booking of the register: when, its status, who booked it (a colleague with their department, a customer
 * with their company), what for.
 */
export default function BookingRow({ row }: { row: UsageRowView }) {
  const from = row.company ?? row.department;
  const booker = row.booker && (from ? `${row.booker}（${from}）` : row.booker);
  const purpose = [row.purpose, row.headcount ? `${row.headcount}人` : undefined].filter(Boolean).join(' · ');
  const tagged = Boolean(row.returned || row.unreturned);
  return (
    <Card
      title={slotWhen(row.start, row.end)}
      extra={<BookingStatusTag status={row.status} />}
      testId={`usage-row-${row.id}`}
    >
      {booker && <Text className="card__line">{`预约人：${booker}`}</Text>}
      {purpose && <Text className="card__line">{`用途：${purpose}`}</Text>}
      {row.checkedInAt && <Text className="card__line">{`开始使用：${clockTime(row.checkedInAt)}`}</Text>}
      {tagged && (
        <View className="usage-row__tags">
          <ReturnTag row={row} />
        </View>
      )}
    </Card>
  );
}

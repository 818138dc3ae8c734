import { Text, View } from '@tarojs/components';
import type { FieldErrors } from '../../utils/fieldErrors';
import type { SeatSummary } from './counts';
import { zoneName, type ZoneRow } from './zones';
import './Summary.css';

interface SummaryProps {
  summary: SeatSummary;
  zones: ZoneRow[];
  errors: FieldErrors;
  /** Whether the page shows the zone list (a free resource has none): a zone's errors show there then. */
  zoneList: boolean;
}

/** Errors shown beside a section, a row or a zone; the rest (the map as a whole) show here. */
const shownElsewhere = (path: string, zoneList: boolean) =>
  /^seatMap\.sections\.\d/.test(path) || (zoneList && /^(seatMap|policy\.pricing)\.zones\.\d/.test(path));

/** 座位统计: seats for sale by zone, wheelchair spaces, seats not for sale, and what the hall sells in all. */
export default function Summary({ summary, zones, errors, zoneList }: SummaryProps) {
  const rows = [
    ...zones.map((z, at) => ({ key: z.id, label: zoneName(zones, at), count: `${summary.byZone[z.id] ?? 0}座` })),
    { key: 'wheelchair', label: '轮椅位', count: `${summary.wheelchair}个` },
    { key: 'blocked', label: '不可售', count: `${summary.blocked}座` },
  ];
  const messages = Object.entries(errors).filter(([path, message]) => message && !shownElsewhere(path, zoneList));
  return (
    <View className="seat-summary">
      {rows.map((row) => (
        <View key={row.key} className="seat-summary__row">
          <Text className="seat-summary__label">{row.label}</Text>
          <Text className="seat-summary__count">{row.count}</Text>
        </View>
      ))}
      <View className="seat-summary__row seat-summary__row--total">
        <Text className="seat-summary__label">可售合计</Text>
        <Text className="seat-summary__count">{summary.total}座</Text>
      </View>
      {messages.map(([path, message]) => (
        <Text key={path} className="seat-summary__error">
          {message}
        </Text>
      ))}
    </View>
  );
}

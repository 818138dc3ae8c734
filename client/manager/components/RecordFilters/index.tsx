import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { VenueView } from '@shared/contract';
import { addDays } from '@shared/time';
import ChipTabs from '../../../components/ChipTabs';
import { today } from '../../../utils/format';
import PickerValue from '../PickerValue';
import './index.css';

const ALL = 'all';

/** A venue (absent: every venue the manager sees) and a period of business dates, both ends included. */
export interface RecordScope {
  venueId?: string;
  from: string;
  to: string;
}

/** The `days` business days up to today, today included. */
export const lastDays = (days: number, venueId?: string): RecordScope => ({
  venueId,
  from: addDays(today(), 1 - days),
  to: today(),
});

/** One row of filters: its label on the left. */
export function FilterRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="records__filter">
      <Text className="records__filter-label">{label}</Text>
      <View className="records__filter-body">{children}</View>
    </View>
  );
}

interface ScopeFiltersProps {
  venues: VenueView[];
  value: RecordScope;
  onChange: (scope: RecordScope) => void;
  /** The page's own filters, under the venue and the period. */
  children?: ReactNode;
}

/**
 * The venue (when the manager sees more than one) and the period of a list of records; a start after the
 * end moves the end with it, and an end before the start the start.
 */
export default function ScopeFilters({ venues, value, onChange, children }: ScopeFiltersProps) {
  const items = [{ value: ALL, label: '全部场馆' }, ...venues.map((v) => ({ value: v.id, label: v.name }))];
  const setFrom = (from: string) => onChange({ ...value, from, to: from > value.to ? from : value.to });
  const setTo = (to: string) => onChange({ ...value, to, from: to < value.from ? to : value.from });
  return (
    <View className="records__filters">
      {venues.length > 1 && (
        <FilterRow label="场馆">
          <ChipTabs
            items={items}
            value={value.venueId ?? ALL}
            onChange={(v) => onChange({ ...value, venueId: v === ALL ? undefined : v })}
          />
        </FilterRow>
      )}
      <FilterRow label="日期">
        <View className="records__period">
          <View className="records__date">
            <PickerValue mode="date" value={value.from} testId="filter-from" onChange={setFrom} />
          </View>
          <Text className="records__to">至</Text>
          <View className="records__date">
            <PickerValue mode="date" value={value.to} testId="filter-to" onChange={setTo} />
          </View>
        </View>
      </FilterRow>
      {children}
    </View>
  );
}

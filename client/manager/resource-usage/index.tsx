import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { UsageRowView } from '@shared/contract';
import Button from '../../ui/button';
import ChipTabs from '../../components/ChipTabs';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { today } from '../../utils/format';
import BookingRow from './BookingRow';
import Figures from './Figures';
import { PERIODS, PERIOD_LABELS, periodDates, periodText, type Period } from './period';
import './index.css';

/** Bookings shown at first and added by each 显示更多: a quarter of a busy room is thousands. */
const STEP = 50;

function Bookings({ rows }: { rows: UsageRowView[] }) {
  const [shown, setShown] = useState(STEP);
  if (rows.length === 0)
    return (
      <View className="usage__none" data-testid="usage-no-bookings">
        这段时间没有预约
      </View>
    );
  return (
    <View>
      {rows.slice(0, shown).map((r) => (
        <BookingRow key={r.id} row={r} />
      ))}
      {rows.length > shown && (
        <View className="usage__more">
          <Button size="small" fill="outline" type="primary" onClick={() => setShown((n) => n + STEP)}>
            {`显示更多（还有 ${rows.length - shown} 条）`}
          </Button>
        </View>
      )}
    </View>
  );
}

/**
 * 资源台账 (seed 004): a resource booked by the hour over 本周 / 本月 / 上月 / 近三个月 — its utilisation and
 * use rate per week and month as bars, and every booking of the period with who booked it, what for, and
 * whether what was used came back.
 */
function ResourceUsage() {
  const { resourceId } = usePageParams('manager/resource-usage/index');
  const [period, setPeriod] = useState<Period>('week');
  // Today as the phone's clock reads it in business time, fixed while the page is open.
  const [day] = useState(today);
  const { from, to } = periodDates(period, day);
  const usage = useRemote(() => call('admin.resource.usage', { resourceId, from, to }), [resourceId, from, to]);
  // The name stays while another period loads.
  const [name, setName] = useState('');
  useEffect(() => {
    if (usage.state.status === 'ok') setName(usage.state.data.resourceName);
  }, [usage.state]);

  return (
    <View>
      <View className="usage__head">
        <Text className="usage__name">{name || '资源台账'}</Text>
        <Text className="usage__period">{periodText(from, to)}</Text>
      </View>
      <ChipTabs
        items={PERIODS.map((p) => ({ value: p, label: PERIOD_LABELS[p] }))}
        value={period}
        onChange={(p) => setPeriod(p as Period)}
      />
      <RemoteView state={usage.state} onRetry={usage.reload}>
        {(u) => (
          <View>
            <Text className="section-title">利用率与使用率</Text>
            <Figures weeks={u.weeks} months={u.months} quantity={u.quantity} monthsFirst={period !== 'week'} />
            <Text className="section-title">{`预约记录 · ${u.bookings.length}条`}</Text>
            <Bookings key={`${u.from}:${u.to}`} rows={u.bookings} />
          </View>
        )}
      </RemoteView>
    </View>
  );
}

export default definePage(ResourceUsage);

import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { StatementView, VenueView } from '@shared/contract';
import Card from '../../components/Card';
import ChipTabs from '../../components/ChipTabs';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { today } from '../../utils/format';
import { loadStaffVenues } from '../desk-book/load';
import OrderList from './OrderList';
import PeriodBar from './PeriodBar';
import Takings from './Takings';
import './index.css';

/** Per window (the staff member who sold, the app's own sales as 线上) the same figures as the venue's. */
function Windows({ windows }: { windows: NonNullable<StatementView['windows']> }) {
  if (windows.length === 0) return null;
  return (
    <View>
      <Text className="section-title">各窗口</Text>
      {windows.map((w) => (
        <Card key={w.seller} title={w.name} testId={`statement-window-${w.seller}`}>
          <Takings takings={w} />
        </Card>
      ))}
    </View>
  );
}

function DayStatement({ venue, date }: { venue: VenueView; date: string }) {
  const venueId = venue.id;
  const statement = useRemote(() => call('desk.statement', { venueId, date }), [venueId, date], {
    reloadOnShow: true,
  });
  return (
    <RemoteView state={statement.state} onRetry={statement.reload}>
      {(s) => (
        <View>
          <Card title={venue.name} extra={<Text className="statement__scope">全馆合计</Text>} testId="statement-total">
            <Takings takings={s.total} testId="statement-total-figures" />
          </Card>
          <Windows windows={s.windows ?? []} />
          <OrderList orders={s.orders} />
        </View>
      )}
    </RemoteView>
  );
}

function Statement({ venues, venueId }: { venues: VenueView[]; venueId?: string }) {
  const [date, setDate] = useState(today);
  const [selected, setSelected] = useState(venueId);
  const venue = venues.find((v) => v.id === selected) ?? venues[0];
  return (
    <View>
      <PeriodBar mode="day" value={date} onChange={setDate} />
      {venues.length > 1 && (
        <View className="statement__venues">
          <ChipTabs
            items={venues.map((v) => ({ value: v.id, label: v.name }))}
            value={venue.id}
            onChange={setSelected}
          />
        </View>
      )}
      <DayStatement venue={venue} date={date} />
    </View>
  );
}

function StatementPage() {
  const { venueId } = usePageParams('staff/statement/index');
  const venues = useRemote(loadStaffVenues, []);
  return (
    <RemoteView
      state={venues.state}
      onRetry={venues.reload}
      empty="无权限"
      emptyAction={
        <Text className="statement__no-access" data-testid="statement-no-access">
          仅现场服务人员可查看售票日报，如需开通请联系领导小组授权。
        </Text>
      }
    >
      {(list) => <Statement venues={list} venueId={venueId} />}
    </RemoteView>
  );
}

export default definePage(StatementPage);

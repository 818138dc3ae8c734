import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { StatementView, VenueView } from '@shared/contract';
import Button from '../../ui/button';
import Card from '../../components/Card';
import ChipTabs from '../../components/ChipTabs';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { toastError } from '../../services/toast';
import PeriodBar from '../../staff/statement/PeriodBar';
import Takings from '../../staff/statement/Takings';
import ManagedVenues from '../components/ManagedVenues';
import { thisMonth } from '../complaint-stats/month';
import { csvFileName, daysCsv, ordersCsv } from './csv';
import DaysTable from './DaysTable';
import { exportCsv } from './exportCsv';
import './index.css';

/** 导出 CSV: the month's orders, and its days, each as a file (one file per tap: WeChat shares one at a time). */
function Export({ venue, statement }: { venue: VenueView; statement: StatementView }) {
  const share = (what: string, text: string) =>
    void exportCsv(csvFileName(venue.name, statement.period, what), text).catch(toastError);
  return (
    <Card title="导出 CSV" testId="finance-export">
      <Text className="card__line">{`本月订单 ${statement.orders.length} 笔；金额单位为元，可用 Excel、WPS 打开。`}</Text>
      <View className="finance__exports">
        <Button
          className="finance__export"
          type="primary"
          fill="outline"
          data-testid="finance-export-orders"
          onClick={() => share('订单明细', ordersCsv(statement))}
        >
          订单明细
        </Button>
        <Button
          className="finance__export"
          type="primary"
          fill="outline"
          data-testid="finance-export-days"
          onClick={() => share('每日汇总', daysCsv(statement))}
        >
          每日汇总
        </Button>
      </View>
    </Card>
  );
}

function MonthStatement({ venue, month }: { venue: VenueView; month: string }) {
  const statement = useRemote(() => call('admin.finance.statement', { venueId: venue.id, month }), [venue.id, month]);
  return (
    <RemoteView state={statement.state} onRetry={statement.reload}>
      {(s) => (
        <View>
          <Card title={venue.name} extra={<Text className="finance__scope">本月合计</Text>} testId="finance-total">
            <Takings takings={s.total} testId="finance-total-figures" />
          </Card>
          <DaysTable days={s.days ?? []} />
          <Export venue={venue} statement={s} />
        </View>
      )}
    </RemoteView>
  );
}

function Finance({ venues, venueId }: { venues: VenueView[]; venueId?: string }) {
  const [month, setMonth] = useState(thisMonth);
  const [selected, setSelected] = useState(venueId);
  const venue = venues.find((v) => v.id === selected) ?? venues[0];
  return (
    <View>
      <PeriodBar mode="month" value={month} onChange={setMonth} />
      {venues.length > 1 && (
        <View className="finance__venues">
          <ChipTabs
            items={venues.map((v) => ({ value: v.id, label: v.name }))}
            value={venue.id}
            onChange={setSelected}
          />
        </View>
      )}
      <MonthStatement venue={venue} month={month} />
    </View>
  );
}

function FinancePage() {
  const { venueId } = usePageParams('manager/finance/index');
  return (
    <ManagedVenues who="仅场馆管理员和领导小组可查看财务报表。" testId="finance-no-access">
      {(list) => <Finance venues={list} venueId={venueId} />}
    </ManagedVenues>
  );
}

export default definePage(FinancePage);

import { Picker, Text, View, type BaseEventOrig } from '@tarojs/components';
import { useState } from 'react';
import { COMPLAINT_CATEGORY_LABELS } from '@shared/contract/complaint';
import type { ComplaintStatsView, VenueView } from '@shared/contract/types';
import { addMonths } from '@shared/time';
import Card from '../../components/Card';
import ChipTabs from '../../components/ChipTabs';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { today, yearMonth } from '../../utils/format';
import ManagedVenues from '../components/ManagedVenues';
import { percent, score, thisMonth } from './month';
import './index.css';

const ALL = 'all';

function MonthBar({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const latest = month >= thisMonth();
  return (
    <View className="stats__month">
      <Text className="stats__arrow" data-testid="month-prev" onClick={() => onChange(addMonths(month, -1))}>
        ‹
      </Text>
      <Picker
        mode="date"
        fields="month"
        value={month}
        end={today()}
        onChange={(e: BaseEventOrig<{ value: string }>) => onChange(e.detail.value.slice(0, 7))}
      >
        <View className="stats__month-value" data-testid="month-value">
          <Text>{yearMonth(month)}</Text>
          <Text className="stats__month-caret">▼</Text>
        </View>
      </Picker>
      <Text
        className={`stats__arrow${latest ? ' stats__arrow--off' : ''}`}
        data-testid="month-next"
        onClick={() => !latest && onChange(addMonths(month, 1))}
      >
        ›
      </Text>
    </View>
  );
}

function Rate({ label, value, warn }: { label: string; value: number | null; warn?: boolean }) {
  return (
    <View className="stats__rate">
      <Text className={`stats__rate-value${warn && value ? ' stats__rate-value--warn' : ''}`}>{percent(value)}</Text>
      <Text className="stats__rate-label">{label}</Text>
    </View>
  );
}

function Overview({ stats }: { stats: ComplaintStatsView }) {
  return (
    <Card title="投诉总数" testId="stats-overview">
      <View className="stats__total">
        <Text className="stats__total-value">{stats.total}</Text>
        <Text className="stats__total-unit">件</Text>
      </View>
      <View className="stats__rates">
        <Rate label="超时率" value={stats.breachRate} warn />
        <Rate label="重新处理率" value={stats.reopenRate} warn />
        <Rate label="满意率" value={stats.satisfaction} />
      </View>
      <Text className="stats__note">超时率、重新处理率按当月受理的投诉计；满意率按已答复是否满意的投诉计。</Text>
    </Card>
  );
}

function Bar({ count, max }: { count: number; max: number }) {
  return (
    <View className="stats__bar">
      <View className="stats__bar-fill" style={{ width: `${max ? Math.round((count / max) * 100) : 0}%` }} />
    </View>
  );
}

function ByCategory({ stats }: { stats: ComplaintStatsView }) {
  const max = Math.max(0, ...stats.byCategory.map((c) => c.count));
  return (
    <Card title="按类别" testId="stats-categories">
      {stats.byCategory.map((c) => (
        <View key={c.category} className="stats__row">
          <Text className="stats__row-label">{COMPLAINT_CATEGORY_LABELS[c.category]}</Text>
          <Bar count={c.count} max={max} />
          <Text className="stats__row-value">{c.count}</Text>
        </View>
      ))}
    </Card>
  );
}

function ByDepartment({ stats }: { stats: ComplaintStatsView }) {
  const max = Math.max(0, ...stats.byDepartment.map((d) => d.count));
  return (
    <Card title="按处理部门" testId="stats-departments">
      {stats.byDepartment.map((d) => (
        <View key={d.departmentId} className="stats__row">
          <Text className="stats__row-label">{d.name}</Text>
          <Bar count={d.count} max={max} />
          <Text className="stats__row-value">{d.count}</Text>
          <Text className={`stats__row-note${d.breached ? ' stats__row-note--warn' : ''}`}>超时 {d.breached}</Text>
        </View>
      ))}
      <Text className="stats__note">转交到该部门的投诉数，以及其中有超时的件数。</Text>
    </Card>
  );
}

function Ratings({ ratings }: { ratings: ComplaintStatsView['ratings'] }) {
  const rows: [string, number | null][] = [
    ['体验感受', ratings.experience],
    ['展品状况', ratings.exhibitCondition],
    ['服务质量', ratings.service],
  ];
  return (
    <Card title="参观评价" extra={<Text className="stats__row-note">{ratings.count} 条</Text>} testId="stats-ratings">
      {rows.map(([label, value]) => (
        <View key={label} className="stats__row">
          <Text className="stats__row-label">{label}</Text>
          <Bar count={value ?? 0} max={5} />
          <Text className="stats__row-value">{score(value)}</Text>
        </View>
      ))}
      <Text className="stats__note">观众参观后的评价，满分5分。</Text>
    </Card>
  );
}

function MonthStats({ month, venueId }: { month: string; venueId?: string }) {
  const stats = useRemote(() => call('complaint.stats', { month, venueId }), [month, venueId]);
  return (
    <RemoteView state={stats.state} onRetry={stats.reload}>
      {(s) => (
        <View>
          <Overview stats={s} />
          <ByCategory stats={s} />
          <ByDepartment stats={s} />
          <Ratings ratings={s.ratings} />
        </View>
      )}
    </RemoteView>
  );
}

function Stats({ venues }: { venues: VenueView[] }) {
  const [month, setMonth] = useState(thisMonth);
  const [venue, setVenue] = useState(ALL);
  const venueItems = [{ value: ALL, label: '全部场馆' }, ...venues.map((v) => ({ value: v.id, label: v.name }))];
  return (
    <View>
      <MonthBar month={month} onChange={setMonth} />
      {venues.length > 1 && (
        <View className="stats__venues">
          <ChipTabs items={venueItems} value={venue} onChange={setVenue} />
        </View>
      )}
      <MonthStats month={month} venueId={venue === ALL ? undefined : venue} />
    </View>
  );
}

function StatsGate() {
  return (
    <ManagedVenues who="仅客服中心和领导小组可查看投诉统计。" testId="stats-no-access">
      {(list) => <Stats venues={list} />}
    </ManagedVenues>
  );
}

export default definePage(StatsGate);

import { Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_STATUSES,
  COMPLAINT_STATUS_LABELS,
} from '@shared/contract/complaint';
import type { ActionInput } from '@shared/contract';
import ChipTabs from '../../components/ChipTabs';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import QueueItem from './QueueItem';
import './index.css';

const ALL = 'all';
const all = { value: ALL, label: '全部' };
const STATUS_ITEMS = [all, ...COMPLAINT_STATUSES.map((s) => ({ value: s, label: COMPLAINT_STATUS_LABELS[s] }))];
const CATEGORY_ITEMS = [all, ...COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: COMPLAINT_CATEGORY_LABELS[c] }))];

interface Filters {
  status: string;
  category: string;
  departmentId: string;
}

/** complaint.list's queue filters: 'all' leaves a filter out. */
function queueInput(f: Filters): ActionInput<'complaint.list'> {
  const pick = (v: string) => (v === ALL ? undefined : v);
  return {
    view: 'queue',
    status: pick(f.status) as ActionInput<'complaint.list'>['status'],
    category: pick(f.category) as ActionInput<'complaint.list'>['category'],
    departmentId: pick(f.departmentId),
  };
}

function Filter({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="queue__filter">
      <Text className="queue__filter-label">{label}</Text>
      <View className="queue__filter-chips">{children}</View>
    </View>
  );
}

/** The desk filters by department too: the handling departments, never the desk itself. */
function DepartmentFilter({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const departments = useRemote(() => call('department.list', {}), []);
  if (departments.state.status !== 'ok') return null;
  const items = [
    all,
    ...departments.state.data.filter((d) => !d.receiving).map((d) => ({ value: d.id, label: d.name })),
  ];
  return (
    <Filter label="部门">
      <ChipTabs items={items} value={value} onChange={onChange} />
    </Filter>
  );
}

function QueueList({ desk }: { desk: boolean }) {
  const [filters, setFilters] = useState<Filters>({ status: ALL, category: ALL, departmentId: ALL });
  const set = (key: keyof Filters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));
  const queue = useRemote(
    () => call('complaint.list', queueInput(filters)),
    [filters.status, filters.category, filters.departmentId],
    { reloadOnShow: true },
  );

  return (
    <View>
      <View className="queue__filters">
        <Filter label="状态">
          <ChipTabs items={STATUS_ITEMS} value={filters.status} onChange={set('status')} />
        </Filter>
        <Filter label="类别">
          <ChipTabs items={CATEGORY_ITEMS} value={filters.category} onChange={set('category')} />
        </Filter>
        {desk && <DepartmentFilter value={filters.departmentId} onChange={set('departmentId')} />}
      </View>
      <RemoteView state={queue.state} onRetry={queue.reload} empty="暂无投诉">
        {(list) => {
          const breached = list.filter((c) => c.deadline?.breached).length;
          return (
            <View>
              <Text className="section-title" data-testid="queue-count">
                {`共 ${list.length} 条${breached ? `，${breached} 条超时` : ''}，按剩余时间排列`}
              </Text>
              {list.map((c) => (
                <QueueItem key={c.id} complaint={c} />
              ))}
            </View>
          );
        }}
      </RemoteView>
    </View>
  );
}

function Queue() {
  const me = useRemote(() => call('user.me', {}), []);
  return (
    <RemoteView
      state={me.state}
      onRetry={me.reload}
      empty="无权限"
      isEmpty={(data) => !data.can.handleComplaints}
      emptyAction={
        <Text className="queue__no-access" data-testid="queue-no-access">
          仅客服中心和投诉处理人员可处理投诉，如需开通请联系领导小组授权。
        </Text>
      }
    >
      {(data) => <QueueList desk={data.can.complaintDesk} />}
    </RemoteView>
  );
}

export default definePage(Queue);

import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { PersonRef, VenueView } from '@shared/contract';
import type { AuditedAction } from '@shared/contract/auditLabels';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { usePageParams } from '../../hooks/usePageParams';
import { call } from '../../services/cloud';
import ManagedVenues from '../components/ManagedVenues';
import ActionPicker from './ActionPicker';
import AuditItem from './AuditItem';
import ScopeFilters, { FilterRow, lastDays, type RecordScope } from '../components/RecordFilters';
import LoadMore from '../components/LoadMore';
import { usePaged } from '../../hooks/usePaged';
import './index.css';

interface AuditFilters extends RecordScope {
  action?: AuditedAction;
  /** Whose entries only: the person tapped in an entry. */
  actor?: PersonRef;
}

function AuditLog({ venues, venueId }: { venues: VenueView[]; venueId?: string }) {
  const [filters, setFilters] = useState<AuditFilters>(() => lastDays(7, venueId));
  const { from, to, action, actor } = filters;
  const actorRef = actor?.ref;
  const list = usePaged(
    (after?: string) => call('admin.audit.list', { venueId: filters.venueId, from, to, action, actorRef, after }),
    [filters.venueId, from, to, action, actorRef],
  );
  const set = (next: Partial<AuditFilters>) => setFilters((f) => ({ ...f, ...next }));
  const venueName = (id?: string) => venues.find((v) => v.id === id)?.name;

  return (
    <View>
      <ScopeFilters venues={venues} value={filters} onChange={set}>
        <FilterRow label="操作">
          <ActionPicker value={action} onChange={(a) => set({ action: a })} />
        </FilterRow>
        {actor && (
          <FilterRow label="人员">
            <View className="audit__chip" data-testid="filter-actor" onClick={() => set({ actor: undefined })}>
              <Text>{`${actor.name} ${actor.idMasked}`}</Text>
              <Text className="audit__chip-clear">✕</Text>
            </View>
          </FilterRow>
        )}
      </ScopeFilters>
      <RemoteView
        state={list.state}
        onRetry={list.reload}
        empty="这段时间没有操作记录"
        isEmpty={(page) => page.items.length === 0}
      >
        {(page) => (
          <View>
            <Text className="section-title">最新的在前 · 点姓名只看此人的操作</Text>
            {page.items.map((e) => (
              <AuditItem key={e.id} entry={e} venueName={venueName(e.venueId)} onActor={(a) => set({ actor: a })} />
            ))}
            <LoadMore next={page.next} busy={list.loadingMore} onMore={list.more} />
          </View>
        )}
      </RemoteView>
    </View>
  );
}

function Audit() {
  const { venueId } = usePageParams('manager/audit/index');
  return (
    <ManagedVenues who="仅场馆管理员和领导小组可查看操作日志。" testId="audit-no-access">
      {(list) => <AuditLog venues={list} venueId={venueId} />}
    </ManagedVenues>
  );
}

export default definePage(Audit);

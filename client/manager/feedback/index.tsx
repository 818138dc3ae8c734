import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { LOW_RATING, feedbackFollowUpInput } from '@shared/contract/records';
import type { FeedbackRecordView, VenueView } from '@shared/contract/types';
import Checkbox from '../../ui/checkbox';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { usePageParams } from '../../hooks/usePageParams';
import { call } from '../../services/cloud';
import { dateTime } from '../../utils/format';
import ScopeFilters, { FilterRow, lastDays, type RecordScope } from '../components/RecordFilters';
import LoadMore from '../components/LoadMore';
import { usePaged } from '../../hooks/usePaged';
import InputDialog from '../components/InputDialog';
import ManagedVenues from '../components/ManagedVenues';
import RatingItem from './RatingItem';
import './index.css';

interface FeedbackFilters extends RecordScope {
  /** Only ratings with a score at LOW_RATING or below. */
  low: boolean;
}

function Ratings({ venues, venueId }: { venues: VenueView[]; venueId?: string }) {
  const [filters, setFilters] = useState<FeedbackFilters>(() => ({ ...lastDays(30, venueId), low: false }));
  const { from, to, low } = filters;
  const list = usePaged(
    (after?: string) =>
      call('admin.feedback.list', {
        venueId: filters.venueId,
        from,
        to,
        maxScore: low ? LOW_RATING : undefined,
        after,
      }),
    [filters.venueId, from, to, low],
  );
  const [following, setFollowing] = useState<FeedbackRecordView | null>(null);
  const set = (next: Partial<FeedbackFilters>) => setFilters((f) => ({ ...f, ...next }));

  return (
    <View>
      <ScopeFilters venues={venues} value={filters} onChange={set}>
        <FilterRow label="评分">
          <Checkbox checked={low} onChange={(v) => set({ low: v })} label={`只看低分（有一项不高于${LOW_RATING}分）`} />
        </FilterRow>
      </ScopeFilters>
      <RemoteView
        state={list.state}
        onRetry={list.reload}
        empty={low ? '这段时间没有低分评价' : '这段时间没有评价'}
        isEmpty={(page) => page.items.length === 0}
      >
        {(page) => (
          <View>
            <Text className="section-title">最新的在前 · 低分评价请及时回访</Text>
            {page.items.map((r) => (
              <RatingItem key={r.id} rating={r} onFollowUp={() => setFollowing(r)} />
            ))}
            <LoadMore next={page.next} busy={list.loadingMore} onMore={list.more} />
          </View>
        )}
      </RemoteView>
      {following && (
        <InputDialog
          visible
          title="记录回访"
          note={`「${following.resourceName}」${dateTime(following.start)}的评价：回访观众后记下结果，将显示回访人和时间。`}
          placeholder="回访情况，如：已电话致歉，观众表示理解"
          maxLength={500}
          confirmText="保存"
          action="admin.feedback.followUp"
          toInput={(note) => ({ feedbackId: following.id, note })}
          schema={feedbackFollowUpInput}
          success="已记录回访"
          onDone={(done) => list.replace(done, (r) => r.id === done.id)}
          onClose={() => setFollowing(null)}
        />
      )}
    </View>
  );
}

function Feedback() {
  const { venueId } = usePageParams('manager/feedback/index');
  return (
    <ManagedVenues who="仅场馆管理员和领导小组可查看参观评价。" testId="feedback-no-access">
      {(list) => <Ratings venues={list} venueId={venueId} />}
    </ManagedVenues>
  );
}

export default definePage(Feedback);

import { Text } from '@tarojs/components';
import { VENUE_KIND_LABELS } from '@shared/contract/catalog';
import type { VenueView } from '@shared/contract/types';
import Button from '../../ui/button';
import Card from '../../components/Card';
import FooterBar from '../../components/FooterBar';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { ToneTag } from '../../components/StatusTag';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import { venueSchedule } from './summary';
import './index.css';

function VenueItem({ venue }: { venue: VenueView }) {
  return (
    <Card
      title={venue.name}
      extra={<ToneTag tone="primary" label={VENUE_KIND_LABELS[venue.kind]} />}
      testId={`mgr-venue-${venue.id}`}
      onClick={() => navigate('manager/venue-edit/index', { venueId: venue.id })}
    >
      <Text className="card__line">{venueSchedule(venue)}</Text>
      {venue.address && <Text className="card__line">地址：{venue.address}</Text>}
      {venue.contact && <Text className="card__line">电话：{venue.contact}</Text>}
    </Card>
  );
}

function Venues() {
  const venues = useRemote(() => call('venue.list', {}), [], { reloadOnShow: true });
  return (
    <>
      <RemoteView
        state={venues.state}
        onRetry={venues.reload}
        empty="还没有场馆"
        emptyAction={<Text className="venues__hint">添加第一个场馆后，即可在场馆下创建项目、生成时段。</Text>}
      >
        {(list) => list.map((v) => <VenueItem key={v.id} venue={v} />)}
      </RemoteView>
      <FooterBar>
        <Button type="primary" block size="large" onClick={() => navigate('manager/venue-edit/index', {})}>
          新增场馆
        </Button>
      </FooterBar>
    </>
  );
}

export default definePage(Venues, { withFooter: true });

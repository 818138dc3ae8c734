import { Text } from '@tarojs/components';
import { ALLOCATION_LABELS, RESOURCE_KIND_LABELS, RESOURCE_MODE_LABELS } from '@shared/contract/catalog';
import type { ResourceView } from '@shared/contract/types';
import Button from '../../ui/button';
import Card from '../../components/Card';
import FooterBar from '../../components/FooterBar';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { ToneTag } from '../../components/StatusTag';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import { policySummary } from '../../utils/format';
import Actions from '../components/Actions';

function ResourceItem({ resource }: { resource: ResourceView }) {
  const { id, venueId, policy } = resource;
  return (
    <Card
      title={resource.name}
      extra={<ToneTag tone="primary" label={RESOURCE_KIND_LABELS[resource.kind]} />}
      testId={`mgr-resource-${id}`}
      onClick={() => navigate('manager/resource-edit/index', { venueId, resourceId: id })}
    >
      <Text className="card__line">
        {RESOURCE_MODE_LABELS[resource.mode]} · {ALLOCATION_LABELS[resource.allocation]}
        {policy.requiresApproval ? ' · 需审核' : ''}
      </Text>
      {resource.location && <Text className="card__line">地点：{resource.location}</Text>}
      <Text className="card__line">{policySummary(policy, resource.mode)}</Text>
      {resource.seats !== undefined && <Text className="card__line">座位图：可售{resource.seats}座</Text>}
      <Actions>
        {resource.mode === 'interval' ? (
          <Button
            size="small"
            fill="outline"
            type="primary"
            onClick={() => navigate('manager/resource-usage/index', { resourceId: id })}
          >
            台账
          </Button>
        ) : (
          <>
            <Button
              size="small"
              fill="outline"
              type="primary"
              onClick={() => navigate('manager/slots/index', { resourceId: id })}
            >
              时段
            </Button>
            <Button
              size="small"
              fill="outline"
              type="primary"
              onClick={() => navigate('manager/slot-bulk/index', { resourceId: id })}
            >
              批量生成时段
            </Button>
            {/* A hall sells seats chosen on its map; a resource booked by the hour has none. */}
            <Button
              size="small"
              fill="outline"
              type="primary"
              onClick={() => navigate('manager/seat-map/index', { resourceId: id })}
            >
              座位图
            </Button>
          </>
        )}
        {/* Slots or days: closing a resource for a period works for both ways of booking. */}
        <Button
          size="small"
          fill="outline"
          type="danger"
          onClick={() => navigate('manager/resource-close/index', { resourceId: id })}
        >
          暂停开放
        </Button>
      </Actions>
    </Card>
  );
}

function Resources({ venueId }: { venueId: string }) {
  const resources = useRemote(() => call('resource.list', { venueId }), [venueId], { reloadOnShow: true });
  return (
    <RemoteView state={resources.state} onRetry={resources.reload} empty="该场馆还没有项目">
      {(list) => list.map((r) => <ResourceItem key={r.id} resource={r} />)}
    </RemoteView>
  );
}

function ResourcesPage() {
  const { venueId } = usePageParams('manager/resources/index');
  return (
    <>
      <Resources venueId={venueId} />
      <FooterBar>
        <Button type="primary" block size="large" onClick={() => navigate('manager/resource-edit/index', { venueId })}>
          新建项目
        </Button>
      </FooterBar>
    </>
  );
}

export default definePage(ResourcesPage, { withFooter: true });

import { Text } from '@tarojs/components';
import { RESOURCE_KIND_LABELS } from '@shared/contract/catalog';
import type { ResourceView } from '@shared/contract/types';
import Card from '../Card';
import { ToneTag } from '../StatusTag';
import { policySummary } from '../../utils/format';
import './index.css';

/** A bookable resource: name, kind, location and its rules in one line. */
export default function ResourceCard({ resource, onClick }: { resource: ResourceView; onClick: () => void }) {
  return (
    <Card
      title={resource.name}
      extra={<ToneTag tone="primary" label={RESOURCE_KIND_LABELS[resource.kind]} />}
      testId={`resource-${resource.id}`}
      onClick={onClick}
    >
      {resource.location && <Text className="card__line">地点：{resource.location}</Text>}
      <Text className="resource-card__rules">
        {resource.allocation === 'lottery' ? '抽签分配 · ' : ''}
        {policySummary(resource.policy, resource.mode)}
      </Text>
    </Card>
  );
}

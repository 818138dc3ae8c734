import { Text, View } from '@tarojs/components';
import { RESOURCE_KIND_LABELS, type ResourceView } from '@shared/contract';
import { ToneTag } from '../StatusTag';
import { policySummary } from '../../utils/format';
import './index.css';

/** A bookable resource: name, kind, location and its rules in one line. */
export default function ResourceCard({ resource, onClick }: { resource: ResourceView; onClick: () => void }) {
  return (
    <View className="resource-card" data-testid={`resource-${resource.id}`} onClick={onClick}>
      <View className="resource-card__head">
        <Text className="resource-card__name">{resource.name}</Text>
        <ToneTag tone="primary" label={RESOURCE_KIND_LABELS[resource.kind]} />
      </View>
      {resource.location && <Text className="resource-card__line">地点：{resource.location}</Text>}
      <Text className="resource-card__rules">
        {resource.allocation === 'lottery' ? '抽签分配 · ' : ''}
        {policySummary(resource.policy)}
      </Text>
    </View>
  );
}

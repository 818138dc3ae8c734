import { Text, View } from '@tarojs/components';
import { RESOURCE_KIND_LABELS } from '@shared/contract/catalog';
import type { ResourceView } from '@shared/contract/types';
import { ToneTag } from '../../components/StatusTag';

/** `可容纳12人`; equipment lent out by the unit says how many there are. */
export function seatsText(resource: ResourceView): string {
  const { capacity, quantity } = resource.policy.interval;
  return resource.kind === 'equipment' ? `共${quantity}台` : `可容纳${capacity}人`;
}

interface ResourceListProps {
  resources: ResourceView[];
  value: string;
  onChange: (resourceId: string) => void;
}

/** The resources booked by the hour, one row each (name, kind, seats, where), the chosen one marked. */
export default function ResourceList({ resources, value, onChange }: ResourceListProps) {
  return (
    <View className="desk-range__resources">
      {resources.map((r) => (
        <View
          key={r.id}
          className={`desk-range__resource${r.id === value ? ' desk-range__resource--active' : ''}`}
          data-testid={`range-resource-${r.id}`}
          onClick={() => onChange(r.id)}
        >
          <View className="desk-range__resource-head">
            <Text className="desk-range__resource-name">{r.name}</Text>
            <ToneTag tone={r.id === value ? 'primary' : 'muted'} label={RESOURCE_KIND_LABELS[r.kind]} />
          </View>
          <Text className="desk-range__resource-line">
            {[seatsText(r), r.location, r.policy.requiresApproval ? '需审核' : ''].filter(Boolean).join(' · ')}
          </Text>
        </View>
      ))}
    </View>
  );
}

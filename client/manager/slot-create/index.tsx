import { View } from '@tarojs/components';
import { useState } from 'react';
import { ALLOCATION_LABELS, RESOURCE_KIND_LABELS } from '@shared/contract/catalog';
import type { ResourceView, SlotView } from '@shared/contract/types';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { ToneTag } from '../../components/StatusTag';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { goBack } from '../../services/navigate';
import { loadResource } from '../load';
import Created from './Created';
import SlotForm from './SlotForm';
import './index.css';

/** The form, then for a lottery session its commitment; a first-come session goes straight back to the slots. */
function CreateSlot({ resource }: { resource: ResourceView }) {
  const [created, setCreated] = useState<SlotView | null>(null);
  const onCreated = (slot: SlotView) => (resource.allocation === 'lottery' ? setCreated(slot) : goBack(800));
  return (
    <View>
      <InfoCard
        title={resource.name}
        extra={<ToneTag tone="primary" label={RESOURCE_KIND_LABELS[resource.kind]} />}
        rows={[
          ['名额分配', ALLOCATION_LABELS[resource.allocation]],
          ['地点', resource.location],
        ]}
      />
      {created ? <Created slot={created} /> : <SlotForm resource={resource} onCreated={onCreated} />}
    </View>
  );
}

function SlotCreate() {
  const { resourceId } = usePageParams('manager/slot-create/index');
  const resource = useRemote(() => loadResource(resourceId), [resourceId]);
  return (
    <RemoteView state={resource.state} onRetry={resource.reload}>
      {(r) => <CreateSlot resource={r} />}
    </RemoteView>
  );
}

export default definePage(SlotCreate, { withFooter: true });

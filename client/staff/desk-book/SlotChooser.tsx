import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ResourceView, VenueView } from '@shared/contract';
import Button from '../../ui/button';
import ChipTabs from '../../components/ChipTabs';
import RemoteView from '../../components/RemoteView';
import SlotPicker from '../../components/SlotPicker';
import VenueTabs from '../../components/VenueTabs';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { dateOfIso } from '../../utils/format';
import { loadSchedule } from '../../booking/loadResource';
import { deskBookable } from './form';
import { loadStaffVenues, type ChosenSlot } from './load';

type Choose = (slot: ChosenSlot) => void;

/** A resource's days and slots; one the desk may book is chosen with one tap. */
function ResourceSlots({ resource, onChoose }: { resource: ResourceView; onChoose: Choose }) {
  const schedule = useRemote(() => loadSchedule(resource.venueId, resource.id), [resource.venueId, resource.id]);
  return (
    <RemoteView state={schedule.state} onRetry={schedule.reload}>
      {({ slots, dates }) => (
        <SlotPicker
          slots={slots}
          dates={dates}
          action={(s) =>
            deskBookable(s, Date.now()) ? (
              <Button
                type="primary"
                size="small"
                data-testid={`desk-choose-${s.id}`}
                onClick={() =>
                  onChoose({
                    slotId: s.id,
                    resourceId: resource.id,
                    resourceName: resource.name,
                    date: dateOfIso(s.start),
                  })
                }
              >
                选择
              </Button>
            ) : undefined
          }
        />
      )}
    </RemoteView>
  );
}

function Resources({ resources, onChoose }: { resources: ResourceView[]; onChoose: Choose }) {
  const [selected, setSelected] = useState(resources[0].id);
  const resource = resources.find((r) => r.id === selected) ?? resources[0];
  return (
    <View>
      <Text className="section-title">选择项目</Text>
      <ChipTabs
        items={resources.map((r) => ({ value: r.id, label: r.name }))}
        value={resource.id}
        onChange={setSelected}
      />
      <ResourceSlots key={resource.id} resource={resource} onChoose={onChoose} />
    </View>
  );
}

/** A venue's resources booked first come, first served (a lottery's places go by its draw). */
function VenueResources({ venue, onChoose }: { venue: VenueView; onChoose: Choose }) {
  const resources = useRemote(
    async () => (await call('resource.list', { venueId: venue.id })).filter((r) => r.allocation === 'fcfs'),
    [venue.id],
  );
  return (
    <RemoteView state={resources.state} onRetry={resources.reload} empty="该场馆暂无可预约的项目">
      {(list) => <Resources resources={list} onChoose={onChoose} />}
    </RemoteView>
  );
}

/** The staff member's venues, a venue's resources, a resource's slots: the slot to book. */
export default function SlotChooser({ onChoose }: { onChoose: Choose }) {
  const venues = useRemote(loadStaffVenues, []);
  return (
    <RemoteView
      state={venues.state}
      onRetry={venues.reload}
      empty="无权限"
      emptyAction={
        <Text className="desk-book__no-access" data-testid="desk-no-access">
          仅现场服务人员可代客预约，如需开通请联系领导小组授权。
        </Text>
      }
    >
      {(list) => (
        <VenueTabs venues={list}>
          {(venue) => <VenueResources key={venue.id} venue={venue} onChoose={onChoose} />}
        </VenueTabs>
      )}
    </RemoteView>
  );
}

import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { VenueView } from '@shared/contract';
import Button from '../../ui/button';
import ChipTabs from '../../components/ChipTabs';
import RemoteView from '../../components/RemoteView';
import SlotPicker from '../../components/SlotPicker';
import VenueTabs from '../../components/VenueTabs';
import { useRemote } from '../../hooks/useRemote';
import { dateOfIso } from '../../utils/format';
import { loadSchedule } from '../../booking/loadResource';
import { deskBookable } from '../desk-book/form';
import { loadStaffVenues } from '../desk-book/load';
import { loadSoldResources, type SaleTarget, type SoldResource } from './load';

type Choose = (target: SaleTarget) => void;

/** A resource's days from today and their sessions; one still on sale is chosen with one tap. */
function Sessions({ resource, onChoose }: { resource: SoldResource; onChoose: Choose }) {
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
                data-testid={`sell-choose-${s.id}`}
                onClick={() =>
                  onChoose({
                    slot: {
                      slotId: s.id,
                      resourceId: resource.id,
                      resourceName: resource.name,
                      date: dateOfIso(s.start),
                    },
                    resource,
                  })
                }
              >
                售票
              </Button>
            ) : undefined
          }
        />
      )}
    </RemoteView>
  );
}

function Resources({ resources, onChoose }: { resources: SoldResource[]; onChoose: Choose }) {
  const [selected, setSelected] = useState(resources[0].id);
  const resource = resources.find((r) => r.id === selected) ?? resources[0];
  return (
    <View>
      <Text className="section-title">售票项目</Text>
      <ChipTabs
        items={resources.map((r) => ({ value: r.id, label: r.name }))}
        value={resource.id}
        onChange={setSelected}
      />
      <Sessions key={resource.id} resource={resource} onChoose={onChoose} />
    </View>
  );
}

function VenueResources({ venue, onChoose }: { venue: VenueView; onChoose: Choose }) {
  const resources = useRemote(() => loadSoldResources(venue.id), [venue.id]);
  return (
    <RemoteView state={resources.state} onRetry={resources.reload} empty="该场馆暂无售票项目">
      {(list) => <Resources resources={list} onChoose={onChoose} />}
    </RemoteView>
  );
}

/** The staff member's venues, a venue's priced resources, a resource's sessions: the session to sell. */
export default function SessionChooser({ onChoose }: { onChoose: Choose }) {
  const venues = useRemote(loadStaffVenues, []);
  return (
    <RemoteView
      state={venues.state}
      onRetry={venues.reload}
      empty="无权限"
      emptyAction={
        <Text className="sell__no-access" data-testid="sell-no-access">
          仅现场服务人员可窗口售票，如需开通请联系领导小组授权。
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

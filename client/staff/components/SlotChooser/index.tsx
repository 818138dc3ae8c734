// The slot staff act on: the staff member's venues, a venue's resources (as the page wants them), a
// resource's days and slots, one chosen with one tap. 代客预约 books a first-come resource's slot, 窗口售票
// sells a priced resource's session: the same chooser, told which resources and what to say.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ResourceView, VenueView } from '@shared/contract';
import Button from '../../../ui/button';
import ChipTabs from '../../../components/ChipTabs';
import RemoteView from '../../../components/RemoteView';
import SlotPicker from '../../../components/SlotPicker';
import VenueTabs from '../../../components/VenueTabs';
import { useRemote } from '../../../hooks/useRemote';
import { dateOfIso } from '../../../utils/format';
import { loadSchedule } from '../../../booking/loadResource';
import { deskBookable } from '../../desk-book/form';
import { loadStaffVenues, type ChosenSlot } from '../../desk-book/load';

/** What the chooser says on its page (the section title, the tap, no resources, no staff role). */
export interface ChooserTexts {
  title: string;
  choose: string;
  empty: string;
  noAccess: string;
  /** Prefix of the test ids (`${prefix}-choose-<slot>`, `${prefix}-no-access`) and of the no-access class. */
  prefix: string;
}

interface ChooserProps<R extends ResourceView> {
  /** The venue's resources the page acts on. */
  load: (venueId: string) => Promise<R[]>;
  onChoose: (slot: ChosenSlot, resource: R) => void;
  texts: ChooserTexts;
}

/** A resource's days and slots; one the desk may still take is chosen with one tap. */
function ResourceSlots<R extends ResourceView>({
  resource,
  onChoose,
  texts,
}: Omit<ChooserProps<R>, 'load'> & { resource: R }) {
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
                data-testid={`${texts.prefix}-choose-${s.id}`}
                onClick={() =>
                  onChoose(
                    { slotId: s.id, resourceId: resource.id, resourceName: resource.name, date: dateOfIso(s.start) },
                    resource,
                  )
                }
              >
                {texts.choose}
              </Button>
            ) : undefined
          }
        />
      )}
    </RemoteView>
  );
}

function Resources<R extends ResourceView>({ resources, ...rest }: Omit<ChooserProps<R>, 'load'> & { resources: R[] }) {
  const [selected, setSelected] = useState(resources[0].id);
  const resource = resources.find((r) => r.id === selected) ?? resources[0];
  return (
    <View>
      <Text className="section-title">{rest.texts.title}</Text>
      <ChipTabs
        items={resources.map((r) => ({ value: r.id, label: r.name }))}
        value={resource.id}
        onChange={setSelected}
      />
      <ResourceSlots key={resource.id} resource={resource} {...rest} />
    </View>
  );
}

function VenueResources<R extends ResourceView>({ venue, load, ...rest }: ChooserProps<R> & { venue: VenueView }) {
  const resources = useRemote(() => load(venue.id), [venue.id]);
  return (
    <RemoteView state={resources.state} onRetry={resources.reload} empty={rest.texts.empty}>
      {(list) => <Resources resources={list} {...rest} />}
    </RemoteView>
  );
}

export default function SlotChooser<R extends ResourceView>(props: ChooserProps<R>) {
  const venues = useRemote(loadStaffVenues, []);
  const { texts } = props;
  return (
    <RemoteView
      state={venues.state}
      onRetry={venues.reload}
      empty="无权限"
      emptyAction={
        <Text className={`${texts.prefix}__no-access`} data-testid={`${texts.prefix}-no-access`}>
          {texts.noAccess}
        </Text>
      }
    >
      {(list) => (
        <VenueTabs venues={list}>{(venue) => <VenueResources key={venue.id} venue={venue} {...props} />}</VenueTabs>
      )}
    </RemoteView>
  );
}

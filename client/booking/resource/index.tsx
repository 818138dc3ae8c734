import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { RESOURCE_KIND_LABELS } from '@shared/contract/catalog';
import type { ResourceView, SlotView } from '@shared/contract/types';
import Button from '../../ui/button';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import SlotPicker from '../../components/SlotPicker';
import { ToneTag } from '../../components/StatusTag';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { navigate } from '../../services/navigate';
import { dateOfIso, policyLines } from '../../utils/format';
import { loadSchedule } from '../loadResource';
import ByTheHour from './ByTheHour';
import { intervalLines } from './intervalRules';
import { pricesText, refundText } from './priceRules';
import './index.css';

/** What the pages after this one read to find the slot again. */
const slotParams = (resource: ResourceView, slot: SlotView) => ({
  slotId: slot.id,
  resourceId: resource.id,
  venueId: resource.venueId,
  date: dateOfIso(slot.start),
});

/** To the confirm page: booking an open slot, or joining the waiting list of a full one. */
const openConfirm = (resource: ResourceView, slot: SlotView, mode?: 'waitlist') =>
  navigate('booking/confirm/index', { ...slotParams(resource, slot), mode });

/** A seated hall's open session: its seats are chosen on the map first. No 候补: seated sessions keep no waiting list. */
function seatedAction(resource: ResourceView, slot: SlotView): ReactNode {
  if (slot.status !== 'open') return undefined;
  return (
    <Button type="primary" size="small" onClick={() => navigate('booking/seats/index', slotParams(resource, slot))}>
      选座
    </Button>
  );
}

/** Slots still to come of a lottery resource open their lottery (to apply, or to see the result). */
function lotteryAction(slot: SlotView): ReactNode {
  if (slot.status === 'cancelled' || slot.status === 'ended') return undefined;
  return (
    <Button
      type="primary"
      size="small"
      data-testid={`lottery-${slot.id}`}
      onClick={() => navigate('lottery/slot/index', { slotId: slot.id })}
    >
      抽签
    </Button>
  );
}

/** Open slots are booked (seated ones on the map), full ones waited for; the others show their status. */
function slotAction(resource: ResourceView, slot: SlotView): ReactNode {
  if (resource.allocation === 'lottery') return lotteryAction(slot);
  if (resource.seats !== undefined) return seatedAction(resource, slot);
  if (slot.status === 'open') {
    return (
      <Button type="primary" size="small" onClick={() => openConfirm(resource, slot)}>
        预约
      </Button>
    );
  }
  if (slot.status === 'full') {
    return (
      <Button
        type="primary"
        fill="outline"
        size="small"
        data-testid={`waitlist-${slot.id}`}
        onClick={() => openConfirm(resource, slot, 'waitlist')}
      >
        候补
      </Button>
    );
  }
  return undefined;
}

/** 预约须知: a resource booked by the hour has rules of its own; one that sells tickets, its prices and refunds. */
function rulesOf(resource: ResourceView): string[] {
  if (resource.mode === 'interval') return intervalLines(resource.policy);
  const lines = policyLines(resource.policy, resource.allocation);
  const { pricing } = resource.policy;
  return pricing ? [pricesText(pricing), ...lines, refundText(pricing.refund)] : lines;
}

function Resource() {
  const { venueId = '', resourceId } = usePageParams('booking/resource/index');
  const data = useRemote(() => loadSchedule(venueId, resourceId), [venueId, resourceId], { reloadOnShow: true });
  return (
    <RemoteView state={data.state} onRetry={data.reload}>
      {({ resource, slots, dates }) => (
        <View>
          <InfoCard
            title={resource.name}
            extra={<ToneTag tone="primary" label={RESOURCE_KIND_LABELS[resource.kind]} />}
            rows={[
              ['地点', resource.location],
              ['简介', resource.description],
            ]}
          >
            <View className="resource__rules">
              <Text className="resource__rules-title">预约须知</Text>
              {rulesOf(resource).map((line) => (
                <Text key={line} className="resource__rule">
                  · {line}
                </Text>
              ))}
            </View>
          </InfoCard>
          {resource.mode === 'interval' ? (
            <ByTheHour resource={resource} />
          ) : (
            <SlotPicker slots={slots} dates={dates} action={(s) => slotAction(resource, s)} />
          )}
        </View>
      )}
    </RemoteView>
  );
}

// Anyone may look at a resource's slots; booking one asks for sign-in on the next page (by the hour: below the day).
export default definePage(Resource, { signIn: false });

import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { RESOURCE_KIND_LABELS, type ResourceView, type SlotView } from '@shared/contract';
import Button from '../../ui/button';
import InfoCard from '../../components/InfoCard';
import Page from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import SlotPicker from '../../components/SlotPicker';
import { ToneTag } from '../../components/StatusTag';
import { useRemote } from '../../hooks/useRemote';
import { dateOfIso, policyLines } from '../../utils/format';
import { loadSchedule } from '../loadResource';
import './index.css';

/** To the confirm page: booking an open slot, or joining the waiting list of a full one. */
function confirmUrl(resource: ResourceView, slot: SlotView, mode?: 'waitlist') {
  const url = `/booking/confirm/index?slotId=${slot.id}&resourceId=${resource.id}&venueId=${resource.venueId}&date=${dateOfIso(slot.start)}`;
  return mode ? `${url}&mode=${mode}` : url;
}

/** Slots still to come of a lottery resource open their lottery (to apply, or to see the result). */
function lotteryAction(slot: SlotView): ReactNode {
  if (slot.status === 'cancelled' || slot.status === 'ended') return undefined;
  return (
    <Button
      type="primary"
      size="small"
      data-testid={`lottery-${slot.id}`}
      onClick={() => Taro.navigateTo({ url: `/lottery/slot/index?slotId=${slot.id}` })}
    >
      抽签
    </Button>
  );
}

/** Open slots are booked, full ones waited for; the others show their status. */
function slotAction(resource: ResourceView, slot: SlotView): ReactNode {
  if (resource.allocation === 'lottery') return lotteryAction(slot);
  if (slot.status === 'open') {
    return (
      <Button type="primary" size="small" onClick={() => Taro.navigateTo({ url: confirmUrl(resource, slot) })}>
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
        onClick={() => Taro.navigateTo({ url: confirmUrl(resource, slot, 'waitlist') })}
      >
        候补
      </Button>
    );
  }
  return undefined;
}

export default function ResourcePage() {
  const { venueId = '', resourceId = '' } = useRouter().params;
  const data = useRemote(() => loadSchedule(venueId, resourceId), [venueId, resourceId], { reloadOnShow: true });
  return (
    <Page>
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
                {policyLines(resource.policy, resource.allocation).map((line) => (
                  <Text key={line} className="resource__rule">
                    · {line}
                  </Text>
                ))}
              </View>
            </InfoCard>
            <SlotPicker slots={slots} dates={dates} action={(s) => slotAction(resource, s)} />
          </View>
        )}
      </RemoteView>
    </Page>
  );
}

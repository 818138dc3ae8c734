import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { RESOURCE_KIND_LABELS, type ResourceView, type SlotView } from '@shared/contract';
import DateStrip from '../../components/DateStrip';
import InfoCard from '../../components/InfoCard';
import Page from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import SlotRow from '../../components/SlotRow';
import { ToneTag } from '../../components/StatusTag';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { dateOfIso, nextDays, policyLines, today } from '../../utils/format';
import { loadResource } from '../loadResource';
import './index.css';

const DAYS = 8;

function Slots({ resource, slots, dates }: { resource: ResourceView; slots: SlotView[]; dates: string[] }) {
  const [date, setDate] = useState(dates[0]);
  const ofDay = slots.filter((s) => dateOfIso(s.start) === date);
  const bookable = new Set(slots.filter((s) => s.status === 'open').map((s) => dateOfIso(s.start)));
  const book = (slot: SlotView) =>
    Taro.navigateTo({
      url: `/booking/confirm/index?slotId=${slot.id}&resourceId=${resource.id}&venueId=${resource.venueId}&date=${date}`,
    });
  return (
    <View>
      <Text className="section-title">选择日期</Text>
      <DateStrip dates={dates} value={date} onChange={setDate} marked={bookable} />
      <Text className="section-title">选择时段</Text>
      {ofDay.length ? (
        <View className="resource__slots">
          {ofDay.map((s) => (
            <SlotRow key={s.id} slot={s} onBook={() => book(s)} />
          ))}
        </View>
      ) : (
        <View className="resource__none">当天没有可预约的时段</View>
      )}
    </View>
  );
}

export default function ResourcePage() {
  const { venueId = '', resourceId = '' } = useRouter().params;
  const data = useRemote(
    async () => {
      const dates = nextDays(today(), DAYS);
      const [resource, slots] = await Promise.all([
        loadResource(venueId, resourceId),
        call('slot.list', { resourceId, from: dates[0], to: dates[DAYS - 1] }),
      ]);
      return { resource, slots, dates };
    },
    [venueId, resourceId],
    { reloadOnShow: true },
  );
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
                {policyLines(resource.policy).map((line) => (
                  <Text key={line} className="resource__rule">
                    · {line}
                  </Text>
                ))}
              </View>
            </InfoCard>
            <Slots resource={resource} slots={slots} dates={dates} />
          </View>
        )}
      </RemoteView>
    </Page>
  );
}

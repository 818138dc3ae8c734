import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { AttendeeView, ResourceView, SlotView } from '@shared/contract';
import { ERROR_MESSAGES } from '@shared/errors';
import Button from '../../ui/button';
import Checkbox from '../../ui/checkbox';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import Page from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import SignInGate from '../../components/SignInGate';
import { SlotStatusTag } from '../../components/StatusTag';
import { useAction } from '../../hooks/useAction';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { CallError } from '../../services/callError';
import { toastError, toastSuccess } from '../../services/feedback';
import { slotWhen } from '../../utils/format';
import { loadResource } from '../loadResource';
import './index.css';

interface Props {
  resource: ResourceView;
  slot: SlotView;
  attendees: AttendeeView[];
}

const addAttendee = () => Taro.navigateTo({ url: '/profile/attendee-add/index' });

function ConfirmForm({ resource, slot, attendees }: Props) {
  const [selected, setSelected] = useState<string[]>([]);
  const create = useAction('booking.create');
  const max = Math.min(resource.policy.maxAttendees, slot.remaining);

  const submit = async () => {
    try {
      const booking = await create.run({ slotId: slot.id, attendeeIds: selected });
      toastSuccess('预约成功');
      setTimeout(() => Taro.redirectTo({ url: `/booking/detail/index?bookingId=${booking.id}` }), 800);
    } catch (e) {
      toastError(e);
    }
  };

  return (
    <View>
      <InfoCard
        title={resource.name}
        extra={<SlotStatusTag status={slot.status} />}
        rows={[
          ['时间', slotWhen(slot.start, slot.end)],
          ['地点', resource.location],
          ['余量', `${slot.remaining} / ${slot.capacity}`],
        ]}
      />
      <View className="confirm__head">
        <Text className="section-title">选择参观人（每单最多{resource.policy.maxAttendees}人）</Text>
        <Text className="confirm__add" onClick={addAttendee}>
          + 添加参观人
        </Text>
      </View>
      {attendees.length ? (
        <Checkbox.Group
          className="confirm__list"
          value={selected}
          max={max}
          onChange={setSelected}
          onLimit={() => toastError(new CallError('LIMIT_EXCEEDED', ERROR_MESSAGES.LIMIT_EXCEEDED))}
        >
          {attendees.map((a) => (
            <Checkbox
              key={a.id}
              className="confirm__item"
              value={a.id}
              label={
                <View className="confirm__person">
                  <Text className="confirm__name">{a.name}</Text>
                  <Text className="confirm__id">{a.idMasked}</Text>
                </View>
              }
            />
          ))}
        </Checkbox.Group>
      ) : (
        <View className="confirm__empty">
          <Text>还没有常用参观人，请先添加实名信息</Text>
          <Button type="primary" fill="outline" size="small" onClick={addAttendee}>
            添加参观人
          </Button>
        </View>
      )}
      <Text className="confirm__note">请携带所选参观人的有效证件，开始前{resource.policy.checkinOpensMinutesBefore}分钟起可入场核验。</Text>
      <FooterBar>
        <Button type="primary" block size="large" loading={create.busy} disabled={!selected.length} onClick={submit}>
          确认预约
        </Button>
      </FooterBar>
    </View>
  );
}

function Confirm() {
  const { venueId = '', resourceId = '', slotId = '', date = '' } = useRouter().params;
  const data = useRemote(
    async () => {
      const [resource, slots, attendees] = await Promise.all([
        loadResource(venueId, resourceId),
        call('slot.list', { resourceId, from: date, to: date }),
        call('attendee.list', {}),
      ]);
      const slot = slots.find((s) => s.id === slotId);
      if (!slot) throw new CallError('NOT_FOUND', ERROR_MESSAGES.NOT_FOUND);
      return { resource, slot, attendees };
    },
    [venueId, resourceId, slotId, date],
    { reloadOnShow: true },
  );
  return (
    <RemoteView state={data.state} onRetry={data.reload}>
      {(props) => <ConfirmForm {...props} />}
    </RemoteView>
  );
}

export default function ConfirmPage() {
  return (
    <Page withFooter>
      <SignInGate>
        <Confirm />
      </SignInGate>
    </Page>
  );
}

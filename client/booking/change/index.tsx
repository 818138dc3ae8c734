import { Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import type { BookingView, ResourceView, SlotView } from '@shared/contract';
import Button from '../../ui/button';
import ConfirmDialog from '../../components/ConfirmDialog';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import SlotPicker from '../../components/SlotPicker';
import { BookingStatusTag, ToneTag } from '../../components/StatusTag';
import { useAction } from '../../hooks/useAction';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { goBack } from '../../services/navigate';
import { dateOfIso, dateTime, slotWhen } from '../../utils/format';
import { loadResource, loadSchedule, type Schedule } from '../loadResource';
import IntervalChange from './IntervalChange';
import './index.css';

function ChangeForm({ booking, schedule }: { booking: BookingView; schedule: Schedule }) {
  const [target, setTarget] = useState<SlotView | null>(null);
  const change = useAction('booking.change', { success: '改期成功' });
  const people = booking.attendees.length;

  const confirmChange = async () => {
    if (!target) return;
    // Back to the booking's detail page, which reloads on show; a refusal reloads the slots here.
    if (await change.run({ bookingId: booking.id, slotId: target.id })) goBack(800);
  };

  /** The current slot is marked; open slots with room for everyone can take the booking. */
  const action = (slot: SlotView): ReactNode => {
    if (slot.id === booking.slotId) return <ToneTag tone="primary" label="当前时段" />;
    if (!booking.actions.includes('change') || slot.status !== 'open' || slot.remaining < people) return undefined;
    return (
      <Button
        type="primary"
        size="small"
        data-testid={`change-slot-${slot.id}`}
        loading={change.busy && target?.id === slot.id}
        onClick={() => setTarget(slot)}
      >
        改到此时段
      </Button>
    );
  };

  return (
    <View>
      <InfoCard
        title={booking.resourceName}
        extra={<BookingStatusTag status={booking.status} />}
        rows={[
          ['当前时段', slotWhen(booking.start, booking.end)],
          ['参观人', booking.attendees.map((a) => a.name).join('、')],
          ['改期截止', dateTime(booking.changeDeadline)],
        ]}
      >
        <Text className="change__hint">
          {booking.actions.includes('change')
            ? '改期保留原参观人，原时段名额将释放给其他观众。'
            : '已超过改期截止时间或当前状态不可改期。'}
        </Text>
      </InfoCard>
      <SlotPicker
        slots={schedule.slots}
        dates={schedule.dates}
        initialDate={dateOfIso(booking.start)}
        highlightedId={booking.slotId}
        action={action}
      />
      <ConfirmDialog
        visible={target !== null}
        title="改期"
        content={target ? `将预约改到 ${slotWhen(target.start, target.end)}，确定改期吗？` : ''}
        confirmText="确认改期"
        onConfirm={confirmChange}
        onClose={() => setTarget(null)}
      />
    </View>
  );
}

/** A booking of a slot moves to another slot; one by the hour to another range on its resource's days. */
type ChangeData = { booking: BookingView; schedule: Schedule } | { booking: BookingView; resource: ResourceView };

function Change() {
  const { bookingId } = usePageParams('booking/change/index');
  const data = useRemote(async (): Promise<ChangeData> => {
    const booking = await call('booking.get', { bookingId });
    // A booking by the hour (it has a purpose) moves on its resource's day grid, which IntervalChange loads.
    if (booking.purpose !== undefined)
      return { booking, resource: await loadResource(booking.venueId, booking.resourceId) };
    return { booking, schedule: await loadSchedule(booking.venueId, booking.resourceId) };
  }, [bookingId]);
  return (
    <RemoteView state={data.state} onRetry={data.reload}>
      {(loaded) =>
        'schedule' in loaded ? (
          <ChangeForm booking={loaded.booking} schedule={loaded.schedule} />
        ) : (
          <IntervalChange booking={loaded.booking} resource={loaded.resource} />
        )
      }
    </RemoteView>
  );
}

export default definePage(Change);

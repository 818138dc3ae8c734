import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { CheckinBookingView, RosterSlotView } from '@shared/contract';
import DateStrip from '../../components/DateStrip';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { SlotStatusTag } from '../../components/StatusTag';
import { usePageParams } from '../../hooks/usePageParams';
import { usePolling } from '../../hooks/usePolling';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import { longDate, slotWhen, timeRange, today } from '../../utils/format';
import CheckinCard from '../components/CheckinCard';
import { deskBookable } from '../desk-book/form';
import { staffDays } from '../days';
import './index.css';

const REFRESH_MS = 15_000;

/** Closed by the venue or over; whether booking is still open is no concern at the gate. */
const notable = (slot: RosterSlotView) => slot.status === 'cancelled' || slot.status === 'ended';

/** `已约 12 · 已入场 8 · 未到 4` */
const counts = (c: Pick<RosterSlotView, 'booked' | 'checkedIn' | 'pending'>) =>
  `已约 ${c.booked} · 已入场 ${c.checkedIn} · 未到 ${c.pending}`;

function SlotItem({ slot }: { slot: RosterSlotView }) {
  return (
    <View
      className="roster-slot"
      data-testid={`roster-slot-${slot.slotId}`}
      onClick={() => navigate('staff/roster/index', { slotId: slot.slotId })}
    >
      <View className="roster-slot__main">
        <View className="roster-slot__head">
          <Text className="roster-slot__time">{timeRange(slot.start, slot.end)}</Text>
          {notable(slot) && <SlotStatusTag status={slot.status} />}
        </View>
        <Text className="roster-slot__name">{slot.resourceName}</Text>
        <Text className="roster-slot__counts">{counts(slot)}</Text>
      </View>
      {slot.pending > 0 && <Text className="roster-slot__pending">{slot.pending}人未到</Text>}
    </View>
  );
}

/** A day's slots at the staff member's venue with booked / checked-in / expected counts, refreshing. */
function Day() {
  const [dates] = useState(staffDays);
  const [date, setDate] = useState(today);
  const roster = useRemote(async () => (await call('checkin.roster', { date })).slots ?? [], [date], {
    reloadOnShow: true,
  });
  usePolling(roster.refresh, REFRESH_MS);
  return (
    <View>
      <DateStrip dates={dates} value={date} onChange={setDate} />
      <Text className="section-title">{longDate(date)} · 每15秒自动刷新</Text>
      <RemoteView state={roster.state} onRetry={roster.reload} empty="当天没有时段">
        {(slots) => {
          const total = slots.reduce(
            (sum, s) => ({
              booked: sum.booked + s.booked,
              checkedIn: sum.checkedIn + s.checkedIn,
              pending: sum.pending + s.pending,
            }),
            { booked: 0, checkedIn: 0, pending: 0 },
          );
          return (
            <View>
              <View className="roster-total" data-testid="roster-total">
                {counts(total)}
              </View>
              <View className="roster-slots">
                {slots.map((s) => (
                  <SlotItem key={s.slotId} slot={s} />
                ))}
              </View>
            </View>
          );
        }}
      </RemoteView>
    </View>
  );
}

/** One slot's bookings, each checked in by hand with one tap. */
function SlotPeople({ slotId }: { slotId: string }) {
  const roster = useRemote(() => call('checkin.roster', { slotId }), [slotId], { reloadOnShow: true });
  usePolling(roster.refresh, REFRESH_MS);
  useEffect(() => {
    Taro.setNavigationBarTitle({ title: '时段名单' });
  }, []);

  const replace = (changed: CheckinBookingView) => {
    if (roster.state.status !== 'ok') return;
    const data = roster.state.data;
    roster.setData({ ...data, bookings: data.bookings?.map((b) => (b.id === changed.id ? changed : b)) });
    // The slot's counts come from the server.
    roster.refresh();
  };

  return (
    <RemoteView state={roster.state} onRetry={roster.reload}>
      {({ slot, bookings = [] }) => (
        <View>
          {slot && (
            <InfoCard
              title={slot.resourceName}
              extra={notable(slot) && <SlotStatusTag status={slot.status} />}
              rows={[
                ['时间', slotWhen(slot.start, slot.end)],
                ['人数', counts(slot)],
              ]}
            >
              {deskBookable(slot, Date.now()) && (
                <Text
                  className="card__link"
                  data-testid="roster-desk-book"
                  onClick={() => navigate('staff/desk-book/index', { slotId: slot.slotId })}
                >
                  为此时段代客预约 ›
                </Text>
              )}
            </InfoCard>
          )}
          <Text className="section-title">预约 {bookings.length} 单 · 每15秒自动刷新</Text>
          {bookings.length ? (
            bookings.map((b) => <CheckinCard key={b.id} booking={b} onChange={replace} />)
          ) : (
            <View className="roster-none">该时段暂无预约</View>
          )}
        </View>
      )}
    </RemoteView>
  );
}

function Roster() {
  const { slotId } = usePageParams('staff/roster/index');
  return slotId ? <SlotPeople slotId={slotId} /> : <Day />;
}

export default definePage(Roster);

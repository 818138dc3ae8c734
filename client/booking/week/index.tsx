import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BookingStatus, BookingView } from '@shared/contract';
import { weekday } from '@shared/dates';
import { addDays, parseIso, weekdayOf } from '@shared/time';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { BookingStatusTag } from '../../components/StatusTag';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import { dateOfIso, monthDay, nextDays, timeRange, today } from '../../utils/format';
import './index.css';

/** Bookings that no longer hold their time. */
const GONE: ReadonlySet<BookingStatus> = new Set<BookingStatus>(['cancelled', 'cancelled_by_venue', 'rejected']);

/** The Monday of the week of `date` (a week reads Monday to Sunday in China). */
const mondayOf = (date: string) => addDays(date, -((weekdayOf(date) + 6) % 7));

const WEEK_NAMES: Record<number, string> = { [-1]: '上周', 0: '本周', 1: '下周' };

/** `14:00–15:15 会议室A · 项目周会` */
const blockTitle = (b: BookingView) => `${b.resourceName}${b.purpose ? ` · ${b.purpose}` : ''}`;

/** The caller's bookings that hold time, by business date, each day's in order of their start. */
function byDay(bookings: BookingView[]): Map<string, BookingView[]> {
  const days = new Map<string, BookingView[]>();
  const held = bookings.filter((b) => !GONE.has(b.status)).sort((a, b) => parseIso(a.start) - parseIso(b.start));
  for (const b of held) {
    const date = dateOfIso(b.start);
    days.set(date, [...(days.get(date) ?? []), b]);
  }
  return days;
}

function Day({ date, bookings, isToday }: { date: string; bookings: BookingView[]; isToday: boolean }) {
  return (
    <View className={`week__day${isToday ? ' week__day--today' : ''}`} data-testid={`day-${date}`}>
      <View className="week__date">
        <Text className="week__weekday">{weekday(date)}</Text>
        <Text className="week__monthday">{isToday ? '今天' : monthDay(date)}</Text>
      </View>
      <View className="week__blocks">
        {bookings.length === 0 && <Text className="week__none">无预约</Text>}
        {bookings.map((b) => (
          <View
            key={b.id}
            className={`week__block week__block--${b.status}`}
            data-testid={`block-${b.id}`}
            onClick={() => navigate('booking/detail/index', { bookingId: b.id })}
          >
            <Text className="week__line">
              <Text className="week__time">{timeRange(b.start, b.end)}</Text> {blockTitle(b)}
            </Text>
            {b.status !== 'confirmed' && <BookingStatusTag status={b.status} />}
          </View>
        ))}
      </View>
    </View>
  );
}

/** 本周预约: the caller's bookings Monday to Sunday, a week at a time from the current one (business time). */
function WeekBookings() {
  const now = today();
  const [offset, setOffset] = useState(0);
  const monday = addDays(mondayOf(now), offset * 7);
  const dates = nextDays(monday, 7);
  // Loaded again when back from a booking (cancelled or changed there).
  const list = useRemote(() => call('booking.list', {}), [], { reloadOnShow: true });
  return (
    <View>
      <View className="week__nav">
        <Text className="week__step" data-testid="week-prev" onClick={() => setOffset(offset - 1)}>
          ‹ 上一周
        </Text>
        <View className="week__title">
          <Text className="week__range">
            {monthDay(dates[0])}–{monthDay(dates[6])}
          </Text>
          {/* Keyed: one Text losing its tap handler to become the other trips Taro's weapp runtime. */}
          {WEEK_NAMES[offset] ? (
            <Text key="name" className="week__name">
              {WEEK_NAMES[offset]}
            </Text>
          ) : (
            <Text key="back" className="week__back" onClick={() => setOffset(0)}>
              回到本周
            </Text>
          )}
        </View>
        <Text className="week__step" data-testid="week-next" onClick={() => setOffset(offset + 1)}>
          下一周 ›
        </Text>
      </View>
      <RemoteView state={list.state} onRetry={list.reload}>
        {(bookings) => {
          const days = byDay(bookings);
          return (
            <View className="week__days">
              {dates.map((d) => (
                <Day key={d} date={d} bookings={days.get(d) ?? []} isToday={d === now} />
              ))}
            </View>
          );
        }}
      </RemoteView>
    </View>
  );
}

export default definePage(WeekBookings);

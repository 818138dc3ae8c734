import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BookingView, IntervalOffer, ResourceView } from '@shared/contract';
import InfoCard from '../../components/InfoCard';
import IntervalBooking from '../../components/IntervalBooking';
import { stripDates } from '../../components/IntervalBooking/days';
import { useLastDay } from '../../components/IntervalBooking/useLastDay';
import { rangeText, type CellRange } from '../../components/IntervalDay';
import { BookingStatusTag } from '../../components/StatusTag';
import { useAction } from '../../hooks/useAction';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { refusalOf } from '../../services/errorPolicy';
import { goBack } from '../../services/navigate';
import { toastFail } from '../../services/toast';
import { dateOfIso, dateTime, monthDay, slotWhen, today } from '../../utils/format';
import { changeDay, changeOffers, rangeOf, sameRange } from './changeDay';

interface Props {
  booking: BookingView;
  /** The booking's resource: its policy greys the days it is closed. */
  resource: ResourceView;
}

/**
 * 改期 of a booking by the hour: the booking, and while it may still change its resource's day grid with the
 * booking's own time chosen at first, a new range tapped over it (it may overlap the old one), 确认改期 →
 * booking.change { bookingId, start, end }, and back to the booking. A taken range offers the nearest free
 * times of the same resource.
 */
export default function IntervalChange({ booking, resource }: Props) {
  const mayChange = booking.actions.includes('change');
  // A real-name booking moves within its day only (the function refuses another day).
  const sameDayOnly = booking.attendees.length > 0;
  return (
    <View>
      <InfoCard
        title={booking.resourceName}
        extra={<BookingStatusTag status={booking.status} />}
        rows={[
          ['当前时间', slotWhen(booking.start, booking.end)],
          ['使用目的', booking.purpose],
          ['人数', booking.headcount === undefined ? undefined : `${booking.headcount}人`],
          ['改期截止', dateTime(booking.changeDeadline)],
        ]}
      >
        <Text className="change__hint">
          {!mayChange
            ? '已超过改期截止时间或当前状态不可改期。'
            : sameDayOnly
              ? '当前时间已选中，点选新的开始和结束时间即可调整（仅限当天），可与原时间重叠。'
              : '当前时间已选中，点选新的开始和结束时间即可调整，可与原时间重叠。'}
        </Text>
      </InfoCard>
      {mayChange && <ChangeGrid booking={booking} resource={resource} sameDayOnly={sameDayOnly} />}
    </View>
  );
}

/** The dates, the chosen day's grid, the offers after a refusal and 确认改期. */
function ChangeGrid({ booking, resource, sameDayOnly }: Props & { sameDayOnly: boolean }) {
  const bookedDate = dateOfIso(booking.start);
  const original = rangeOf(booking);
  const [date, setDate] = useState(bookedDate);
  const [range, setRange] = useState<CellRange | null>(original);
  const [offers, setOffers] = useState<IntervalOffer[] | null>(null);
  const [target, setTarget] = useState<CellRange | null>(null);
  // Changed: the page goes back to the booking, nothing more to send.
  const [done, setDone] = useState(false);
  const day = useRemote(
    () => call('resource.day', { resourceId: booking.resourceId, date }),
    [booking.resourceId, date],
  );
  // The day shown is the chosen one: never the last day's grid while the chosen one loads.
  const shown = day.state.status === 'ok' && day.state.data.date === date ? day.state.data : null;
  const loaded = shown && changeDay(shown, booking, Date.now());
  // The strip runs to the last bookable date the last answer names (the answer as loaded: `loaded` is new at
  // every render).
  const latest = useLastDay(shown)?.latestDate;

  const change = useAction('booking.change', {
    success: (b) => (b.status === 'pending_approval' ? '已提交，待审核' : '已改期'),
    // A taken range shows the times it can move to instead; the day is loaded again either way (stale).
    onRefused: (e) => {
      const offered = changeOffers(e, booking.resourceId);
      if (offered === null) return toastFail(refusalOf(e).message);
      setRange(null);
      setOffers(offered);
      if (!offered.length) toastFail('该时间已被预约，请选择其他时间');
    },
  });

  const last = latest && latest > bookedDate ? latest : bookedDate;

  const choose = (next: CellRange | null) => {
    setRange(next);
    setOffers(null);
  };

  const changeTo = async (to: CellRange) => {
    if (change.busy || done) return;
    setTarget(to);
    const changed = await change.run({ bookingId: booking.id, start: to.start, end: to.end });
    setTarget(null);
    // Back to the booking's detail page, which loads it again on show.
    if (!changed) return;
    setDone(true);
    goBack(800);
  };

  const unchanged = sameRange(range, original);
  const chosenText = range && `${date === bookedDate ? '' : `${monthDay(date)} `}${rangeText(range)}`;

  return (
    <IntervalBooking
      dates={sameDayOnly ? [bookedDate] : stripDates(today(), last)}
      date={date}
      onDate={(d) => {
        setDate(d);
        choose(d === bookedDate ? original : null);
      }}
      policy={resource.policy}
      gridTitle="选择新的时间"
      state={day.state}
      onRetry={day.reload}
      day={loaded}
      range={range}
      onRange={choose}
      offers={
        offers && {
          offers,
          booking: target && { resourceId: booking.resourceId, ...target },
          onBook: (o) => void changeTo({ start: o.start, end: o.end }),
          title: '该时间已被预约，可改为以下时间',
          actionLabel: '改到此时间',
          sameResource: true,
        }
      }
      submit={{
        label: '确认改期',
        testId: 'interval-change-submit',
        busy: change.busy && sameRange(target, range),
        disabled: unchanged || done,
        summary: {
          text: !range ? '请选择新的时间' : unchanged ? `当前 ${rangeText(range)}` : `改为 ${chosenText}`,
          none: !range || unchanged,
        },
        onSubmit: (r) => void changeTo(r),
      }}
    />
  );
}

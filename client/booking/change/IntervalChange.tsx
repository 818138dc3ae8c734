import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { BookingView, IntervalOffer } from '@shared/contract';
import { daysBetween, MINUTE_MS, parseIso } from '@shared/time';
import Button from '../../ui/button';
import DateStrip from '../../components/DateStrip';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import IntervalDay, { rangeText, type CellRange } from '../../components/IntervalDay';
import RemoteView from '../../components/RemoteView';
import { BookingStatusTag } from '../../components/StatusTag';
import { useAction } from '../../hooks/useAction';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { refusalOf } from '../../services/errorPolicy';
import { goBack } from '../../services/navigate';
import { toastFail } from '../../services/toast';
import { dateOfIso, dateTime, duration, monthDay, nextDays, slotWhen, today } from '../../utils/format';
import ChangeOffers from './ChangeOffers';
import { changeDay, changeOffers, rangeOf, sameRange, stillFree } from './changeDay';

/**
 * 改期 of a booking by the hour: the booking, and while it may still change its resource's day grid with the
 * booking's own time chosen at first, a new range tapped over it (it may overlap the old one), 确认改期 →
 * booking.change { bookingId, start, end }, and back to the booking. A taken range offers the nearest free
 * times of the same resource.
 */
export default function IntervalChange({ booking }: { booking: BookingView }) {
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
      {mayChange && <ChangeGrid booking={booking} sameDayOnly={sameDayOnly} />}
    </View>
  );
}

/** The dates, the chosen day's grid, the offers after a refusal and 确认改期. */
function ChangeGrid({ booking, sameDayOnly }: { booking: BookingView; sameDayOnly: boolean }) {
  const bookedDate = dateOfIso(booking.start);
  const original = rangeOf(booking);
  const [date, setDate] = useState(bookedDate);
  const [range, setRange] = useState<CellRange | null>(original);
  const [offers, setOffers] = useState<IntervalOffer[] | null>(null);
  const [target, setTarget] = useState<CellRange | null>(null);
  // Changed: the page goes back to the booking, nothing more to send.
  const [done, setDone] = useState(false);
  // The last date the resource can be booked, kept while another day loads.
  const [lastLatest, setLastLatest] = useState<string | null>(null);
  const day = useRemote(
    () => call('resource.day', { resourceId: booking.resourceId, date }),
    [booking.resourceId, date],
  );
  // The day shown is the chosen one: never the last day's grid while the chosen one loads.
  const shown = day.state.status === 'ok' && day.state.data.date === date ? day.state.data : null;
  const loaded = shown && changeDay(shown, booking, Date.now());
  const latest = loaded?.latestDate ?? lastLatest;
  useEffect(() => {
    if (latest) setLastLatest(latest);
  }, [latest]);
  // The offers come below the day's grid: bring them into view (where the host has the API: not the page tests' wx).
  const hasOffers = Boolean(offers?.length);
  useEffect(() => {
    if (hasOffers) Taro.pageScrollTo?.({ selector: '.change-offers', duration: 300 })?.catch(() => undefined);
  }, [hasOffers]);

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

  const first = today();
  const last = latest && latest > bookedDate ? latest : bookedDate;
  const dates = sameDayOnly ? [bookedDate] : nextDays(first, Math.max(1, daysBetween(first, last) + 1));

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

  const submit = () => {
    if (!range || !loaded) return;
    const minutes = (parseIso(range.end) - parseIso(range.start)) / MINUTE_MS;
    if (minutes < loaded.minMinutes) return toastFail(`每次至少预约${duration(loaded.minMinutes)}`);
    if (!stillFree(loaded, range)) return toastFail('所选时间已被预约，请重新选择');
    void changeTo(range);
  };

  const unchanged = sameRange(range, original);
  const chosenText = range && `${date === bookedDate ? '' : `${monthDay(date)} `}${rangeText(range)}`;

  return (
    <View>
      <Text className="section-title">选择日期</Text>
      <DateStrip
        dates={dates}
        value={date}
        onChange={(d) => {
          setDate(d);
          choose(d === bookedDate ? original : null);
        }}
      />
      <Text className="section-title">选择新的时间</Text>
      <RemoteView state={day.state} onRetry={day.reload}>
        {() => loaded && <IntervalDay key={loaded.date} day={loaded} value={range} onChange={choose} />}
      </RemoteView>
      {offers && offers.length > 0 && (
        <ChangeOffers
          offers={offers}
          date={date}
          changing={target}
          onPick={(o) => void changeTo({ start: o.start, end: o.end })}
        />
      )}
      <View className="change__spacer" />
      <FooterBar>
        <View className="change__footer">
          <Text className={`change__range${range && !unchanged ? '' : ' change__range--none'}`}>
            {!range ? '请选择新的时间' : unchanged ? `当前 ${rangeText(range)}` : `改为 ${chosenText}`}
          </Text>
          <Button
            type="primary"
            size="large"
            loading={change.busy && sameRange(target, range)}
            disabled={!range || unchanged || !loaded || done}
            data-testid="interval-change-submit"
            onClick={submit}
          >
            确认改期
          </Button>
        </View>
      </FooterBar>
    </View>
  );
}

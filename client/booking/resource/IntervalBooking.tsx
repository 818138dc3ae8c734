import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { IntervalDayView, ResourceView } from '@shared/contract';
import { addDays, daysBetween, parseIso } from '@shared/time';
import Button from '../../ui/button';
import DateStrip from '../../components/DateStrip';
import FooterBar from '../../components/FooterBar';
import IntervalDay, { rangeText, type CellRange } from '../../components/IntervalDay';
import IntervalOffers from '../../components/IntervalOffers';
import RemoteView from '../../components/RemoteView';
import SignInGate from '../../components/SignInGate';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { loadTemplates } from '../../services/subscribe';
import { toastFail } from '../../services/toast';
import { duration, nextDays, today } from '../../utils/format';
import IntervalFields from './IntervalFields';
import { useIntervalBooking } from './useIntervalBooking';

/** Days looked at ahead for one with a time left to book, before the page opens on the first bookable date anyway. */
const LOOK_AHEAD = 7;

const hasTimeLeft = (day: IntervalDayView) => day.cells.some((c) => c.bookable && c.free > 0 && !c.mine);

/**
 * The day to show: the chosen one; at first today, moving on to the first bookable date when today is before
 * it (the answer says which dates can be booked), and on from a day with no time left to book (closed, over,
 * taken) to the next one that has some, up to the last bookable date.
 */
async function loadDay(resourceId: string, chosen: string | null): Promise<IntervalDayView> {
  if (chosen !== null) return call('resource.day', { resourceId, date: chosen });
  const first = await call('resource.day', { resourceId, date: today() });
  let day =
    first.earliestDate > first.date ? await call('resource.day', { resourceId, date: first.earliestDate }) : first;
  const opening = day;
  for (let i = 0; i < LOOK_AHEAD && !hasTimeLeft(day) && day.date < day.latestDate; i++)
    day = await call('resource.day', { resourceId, date: addDays(day.date, 1) });
  return hasTimeLeft(day) ? day : opening;
}

/** Whether every cell of `range` is still free on `day` (a reload may show it taken meanwhile). */
const stillFree = (day: IntervalDayView, range: CellRange) =>
  day.cells
    .filter((c) => parseIso(c.start) >= parseIso(range.start) && parseIso(c.end) <= parseIso(range.end))
    .every((c) => c.bookable && c.free > 0 && !c.mine);

/** A resource booked by the hour: its bookable days, the chosen day's grid, and the booking's details. */
export default function IntervalBooking({ resource }: { resource: ResourceView }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [range, setRange] = useState<CellRange | null>(null);
  // The bookable dates of the last answer, kept while another day loads.
  const [lastSpan, setLastSpan] = useState<{ from: string; to: string } | null>(null);
  const day = useRemote(() => loadDay(resource.id, chosen), [resource.id, chosen], { reloadOnShow: true });
  const form = useIntervalBooking(resource, { onTaken: () => setRange(null), onBooked: () => setRange(null) });
  const loaded = day.state.status === 'ok' ? day.state.data : null;
  const capacity = loaded?.capacity ?? resource.policy.interval.capacity;
  const hasOffers = Boolean(form.offers?.length);
  // The function's refusal of the range itself (off the grid, too short or long, outside the hours).
  const rangeError = form.error('start') ?? form.error('end');

  const span = loaded ? { from: loaded.earliestDate, to: loaded.latestDate } : lastSpan;
  useEffect(() => {
    if (loaded) setLastSpan({ from: loaded.earliestDate, to: loaded.latestDate });
  }, [loaded]);
  // The template ids must be known before the tap that asks for them; never fails.
  useEffect(() => void loadTemplates(), []);
  // The offers come below the form: bring them into view (where the host has the API: not the page tests' wx).
  useEffect(() => {
    if (hasOffers) Taro.pageScrollTo?.({ selector: '.interval-offers', duration: 300 })?.catch(() => undefined);
  }, [hasOffers]);

  const date = chosen ?? loaded?.date ?? today();
  const dates = span ? nextDays(span.from, Math.max(1, daysBetween(span.from, span.to) + 1)) : [date];

  const choose = (next: CellRange | null) => {
    setRange(next);
    form.rangeChanged();
  };

  const submit = () => {
    if (!range || !loaded) return;
    const minutes = (parseIso(range.end) - parseIso(range.start)) / 60_000;
    if (minutes < loaded.minMinutes) return toastFail(`每次至少预约${duration(loaded.minMinutes)}`);
    if (!stillFree(loaded, range)) return toastFail('所选时间已被预约，请重新选择');
    form.book({ resourceId: resource.id, start: range.start, end: range.end, capacity });
  };

  return (
    <View>
      <Text className="section-title">选择日期</Text>
      <DateStrip
        dates={dates}
        value={date}
        onChange={(d) => {
          setChosen(d);
          choose(null);
        }}
      />
      <Text className="section-title">选择时间</Text>
      <RemoteView state={day.state} onRetry={day.reload}>
        {(d) => <IntervalDay key={d.date} day={d} value={range} onChange={choose} />}
      </RemoteView>
      {rangeError && <Text className="interval-form__error">{rangeError}</Text>}
      <SignInGate>
        <IntervalFields resource={resource} capacity={capacity} form={form} />
        {form.offers && form.offers.length > 0 && (
          <IntervalOffers offers={form.offers} date={date} booking={form.bookingOffer} onBook={(o) => form.book(o)} />
        )}
        <View className="interval-booking__spacer" />
        <FooterBar>
          <View className="interval-booking__footer">
            <Text className={`interval-booking__range${range ? '' : ' interval-booking__range--none'}`}>
              {range ? rangeText(range) : '请选择时间'}
            </Text>
            <Button
              type="primary"
              size="large"
              loading={form.busy && !form.bookingOffer}
              disabled={!range || !loaded}
              data-testid="interval-submit"
              onClick={submit}
            >
              提交预约
            </Button>
          </View>
        </FooterBar>
      </SignInGate>
    </View>
  );
}
